package org.briefing.render.pdf;

import org.briefing.plan.Plan;
import org.briefing.style.Style;

/** What every part of one PDF pass shares: the plan, fonts, looks, the flow and the previous pass's page numbers. */
record PdfContext(Plan plan, PdfFonts fonts, PdfInlines inlines, PdfLooks looks, PdfFlow flow, PdfLayout previous) {

    Style style() {
        return plan.style();
    }
}
