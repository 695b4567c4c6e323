package org.briefing.render.pdf;

import org.briefing.plan.Plan;
import org.briefing.style.Style;

/**
 * What every part of one PDF shares: the plan, fonts, looks, the flow, the boxes for text
 * decided at the end and the render warnings.
 */
record PdfContext(Plan plan, PdfFonts fonts, PdfInlines inlines, PdfLooks looks, PdfFlow flow, PdfLateText late,
        PdfWarnings warnings) {

    Style style() {
        return plan.style();
    }

    /** Sets long single texts (titles, names) in bounded boxes. */
    PdfTextFit fit() {
        return new PdfTextFit(this);
    }

    /** Every warning of this PDF (texts cut to fit); characters no font has are {@link PdfFonts#missing()}. */
    java.util.List<String> allWarnings() {
        return warnings.list();
    }
}
