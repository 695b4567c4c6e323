package org.briefing.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.briefing.diag.Quoted;
import org.briefing.model.Inline;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedFigure;

/**
 * Renders the one-page print summary. When the content does not fit one page it first sets
 * the type smaller, down to the style's limit, then leaves key figures and key points out
 * (last first) and says so on the page and in a warning; it never spills onto a second page.
 *
 * <p>Each try lays the page out once and stops at the page's foot, so a try costs what it
 * keeps, not what the report has. How much to keep is found by doubling then halving the number
 * of items kept (a few dozen tries of at most a page each), so the whole fitting grows with the
 * report's size only through building the order in which items are left out.
 */
public final class PdfSummaryRenderer {
    private static final float SCALE_STEP = 0.05f;
    /** Below the style's smallest scale, only when the title block alone fills the page: each try this much smaller. */
    private static final float EMERGENCY_STEP = 0.7f;
    private static final int EMERGENCY_TRIES = 12;
    /** A warning names at most this many left-out key figures, then counts the rest. */
    private static final int NAMED = 10;

    private PdfSummaryRenderer() {}

    public static PdfRenderer.Result render(Plan plan) {
        List<Inline> points = plan.report().keyPoints();
        List<PlannedFigure> figures = plan.keyFigures();
        float minScale = (float) plan.style().summary().minScale();
        Cuts none = new Cuts(plan, List.of(), 0);
        PdfOnePage.Attempt full = none.attempt(1);
        if (full.fits()) {
            return result(full, List.of());
        }
        if (none.attempt(minScale).fits()) {
            // The largest scale that fits, trying the steps between the two ends.
            for (float scale = 1 - SCALE_STEP; scale > minScale + 1e-6; scale -= SCALE_STEP) {
                PdfOnePage.Attempt attempt = none.attempt(scale);
                if (attempt.fits()) {
                    return result(attempt, List.of());
                }
            }
            return result(none.attempt(minScale), List.of());
        }
        List<Boolean> order = dropOrder(plan, figures.size(), points.size());
        int all = order.size();
        // kept = how many items stay; fits(kept) is (nearly) monotone: fewer items, less height.
        Cuts nothing = new Cuts(plan, order, all);
        if (!nothing.attempt(minScale).fits()) {
            return emergency(nothing, minScale);
        }
        int fitting = 0;
        int failing = all;
        for (int kept = 1; kept < all; kept *= 2) {
            if (new Cuts(plan, order, all - kept).attempt(minScale).fits()) {
                fitting = kept;
            } else {
                failing = kept;
                break;
            }
        }
        while (failing - fitting > 1) {
            int kept = (fitting + failing) >>> 1;
            if (new Cuts(plan, order, all - kept).attempt(minScale).fits()) {
                fitting = kept;
            } else {
                failing = kept;
            }
        }
        Cuts cuts = new Cuts(plan, order, all - fitting);
        return result(cuts.attempt(minScale), List.of(cuts.leftOut()));
    }

    /**
     * The title block alone does not fit at the style's smallest type (an extreme style):
     * everything optional left out, the type set smaller still until the page holds.
     */
    private static PdfRenderer.Result emergency(Cuts cuts, float minScale) {
        float scale = minScale;
        for (int i = 0; i < EMERGENCY_TRIES; i++) {
            scale *= EMERGENCY_STEP;
            PdfOnePage.Attempt attempt = cuts.attempt(scale);
            if (attempt.fits()) {
                return result(attempt, List.of(cuts.leftOut(), String.format(java.util.Locale.ROOT,
                        "the one-page summary's title block needs type at %.0f%% of the style's sizes to fit one page",
                        scale * 100)));
            }
        }
        throw new IllegalStateException("the summary's title block does not fit one page even at "
                + scale * 100 + "% of the style's type sizes");
    }

    /**
     * The order in which items are left out: from the ends of the key figures and the key
     * points in turn, headline figures last ({@code true} = a key figure).
     */
    private static List<Boolean> dropOrder(Plan plan, int figureCount, int pointCount) {
        List<Boolean> order = new ArrayList<>(figureCount + pointCount);
        int figures = figureCount;
        int points = pointCount;
        boolean figureNext = true;
        while (figures > 0 || points > 0) {
            boolean spareFigures = figures > plan.headlineFigures().size();
            boolean dropFigure = points == 0 || (spareFigures && (figureNext || points <= 1));
            if (dropFigure) {
                figures--;
            } else {
                points--;
            }
            order.add(dropFigure);
            figureNext = !figureNext;
        }
        return order;
    }

    /** The first {@code dropped} steps of the drop order applied: what stays and what is left out. */
    private record Cuts(Plan plan, List<Boolean> order, int dropped) {
        private int droppedFigures() {
            int n = 0;
            for (int i = 0; i < dropped; i++) {
                n += order.get(i) ? 1 : 0;
            }
            return n;
        }

        List<PlannedFigure> keptFigures() {
            return plan.keyFigures().subList(0, plan.keyFigures().size() - droppedFigures());
        }

        List<Inline> keptPoints() {
            return plan.report().keyPoints().subList(0, plan.report().keyPoints().size() - (dropped - droppedFigures()));
        }

        List<PlannedFigure> leftFigures() {
            return plan.keyFigures().subList(keptFigures().size(), plan.keyFigures().size());
        }

        int leftPoints() {
            return dropped - droppedFigures();
        }

        PdfOnePage.Attempt attempt(float scale) {
            return PdfOnePage.attempt(plan, scale, keptPoints(), keptFigures(), leftFigures().size(), leftPoints());
        }

        /** The warning naming what was left out (a few key figures by label, the rest counted). */
        String leftOut() {
            List<PlannedFigure> figures = leftFigures();
            int firstPoint = keptPoints().size();
            int points = leftPoints();
            List<String> parts = new ArrayList<>();
            if (!figures.isEmpty()) {
                List<String> names = new ArrayList<>(figures.stream().limit(NAMED)
                        .map(f -> Quoted.of(f.figure().label())).toList());
                String named = String.join(", ", names);
                if (figures.size() > NAMED) {
                    named += " and " + (figures.size() - NAMED) + " more";
                }
                parts.add((figures.size() == 1 ? "key figure " : "key figures ") + named);
            }
            if (points > 0) {
                // Points are left out from the end: a range says which.
                parts.add(points == 1 ? "key point " + (firstPoint + 1)
                        : "key points " + (firstPoint + 1) + "\u2013" + (firstPoint + points));
            }
            return "the one-page summary leaves out " + String.join(" and ", parts)
                    + " to fit one page; the full briefing has them";
        }
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
        return new PdfRenderer.Result(attempt.bytes(), all, new org.briefing.plan.PageNumbers(java.util.Map.of()),
                attempt.missing());
    }
}
