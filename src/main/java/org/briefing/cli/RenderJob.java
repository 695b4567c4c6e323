package org.briefing.cli;

import org.briefing.plan.Plan;
import org.briefing.render.pdf.PdfRenderer;

/**
 * One report being rendered: its plan, and its PDF made at most once, because the DOCX
 * handout takes its estimated page numbers from the PDF's layout.
 */
final class RenderJob {
    private final Plan plan;
    private PdfRenderer.Result pdf;

    RenderJob(Plan plan) {
        this.plan = plan;
    }

    Plan plan() {
        return plan;
    }

    PdfRenderer.Result pdf() {
        if (pdf == null) {
            pdf = PdfRenderer.render(plan);
        }
        return pdf;
    }
}
