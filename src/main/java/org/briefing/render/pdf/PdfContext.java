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

    /** Every warning of this PDF: characters no font has, then texts cut to fit. */
    java.util.List<String> allWarnings() {
        java.util.List<String> all = new java.util.ArrayList<>(fonts.warnings());
        all.addAll(warnings.list());
        return all;
    }
}
