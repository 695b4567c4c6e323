package org.briefing.render.pdf;

import org.briefing.plan.Plan;
import org.briefing.style.Style;

/** What every part of one PDF shares: the plan, fonts, looks, the flow and the boxes for text decided at the end. */
record PdfContext(Plan plan, PdfFonts fonts, PdfInlines inlines, PdfLooks looks, PdfFlow flow, PdfLateText late) {

    Style style() {
        return plan.style();
    }
}
