package org.briefing.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Inline;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedFigure;

/**
 * Renders the one-page print summary. When the content does not fit one page it first sets
 * the type smaller, down to the style's limit, then leaves key figures and key points out
 * (last first) and says so on the page and in a warning; it never spills onto a second page.
 */
public final class PdfSummaryRenderer {
    private static final float SCALE_STEP = 0.05f;

    private PdfSummaryRenderer() {}

    public static PdfRenderer.Result render(Plan plan) {
        List<Inline> points = new ArrayList<>(plan.report().keyPoints());
        List<PlannedFigure> figures = new ArrayList<>(plan.keyFigures());
        float minScale = (float) plan.style().summary().minScale();
        for (float scale = 1; scale >= minScale - 1e-6; scale -= SCALE_STEP) {
            PdfOnePage.Attempt attempt = PdfOnePage.attempt(plan, scale, points, figures, List.of(), List.of());
            if (attempt.fits()) {
                return result(attempt, List.of());
            }
        }
        List<PlannedFigure> droppedFigures = new ArrayList<>();
        List<Integer> droppedPoints = new ArrayList<>();
        boolean figureNext = true;
        while (!figures.isEmpty() || !points.isEmpty()) {
            // Take from the ends in turn, keeping headline figures to the last.
            boolean spareFigures = figures.size() > plan.headlineFigures().size();
            boolean dropFigure = points.isEmpty() || (spareFigures && (figureNext || points.size() <= 1));
            if (dropFigure) {
                droppedFigures.add(0, figures.remove(figures.size() - 1));
            } else {
                droppedPoints.add(0, points.size() - 1);
                points.remove(points.size() - 1);
            }
            figureNext = !figureNext;
            PdfOnePage.Attempt attempt = PdfOnePage.attempt(plan, minScale, points, figures, droppedFigures,
                    droppedPoints);
            if (attempt.fits()) {
                return result(attempt, List.of(leftOut(droppedFigures, droppedPoints)));
            }
        }
        throw new IllegalStateException("the summary's title block alone does not fit one page");
    }

    /** Writes the summary to {@code out}; returns the warnings. */
    public static List<String> render(Plan plan, java.io.OutputStream out) throws IOException {
        PdfRenderer.Result result = render(plan);
        out.write(result.bytes());
        return result.warnings();
    }

    private static PdfRenderer.Result result(PdfOnePage.Attempt attempt, List<String> warnings) {
        List<String> all = new ArrayList<>(attempt.warnings());
        all.addAll(warnings);
        return new PdfRenderer.Result(attempt.bytes(), all, new org.briefing.plan.PageNumbers(java.util.Map.of()));
    }

    private static String leftOut(List<PlannedFigure> figures, List<Integer> points) {
        List<String> parts = new ArrayList<>();
        if (!figures.isEmpty()) {
            parts.add((figures.size() == 1 ? "key figure " : "key figures ") + String.join(", ",
                    figures.stream().map(f -> "\"" + f.figure().label() + "\"").toList()));
        }
        if (!points.isEmpty()) {
            parts.add((points.size() == 1 ? "key point " : "key points ") + String.join(", ",
                    points.stream().map(i -> String.valueOf(i + 1)).toList()));
        }
        return "the one-page summary leaves out " + String.join(" and ", parts)
                + " to fit one page; the full briefing has them";
    }
}
