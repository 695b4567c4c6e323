package org.briefing.render.text;

import org.briefing.model.Inline;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedSection;
import org.briefing.plan.Words;

/** Renders a plan as the summary in Markdown (CommonMark with a GFM table), to paste into a ticket or an e-mail. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {}

    public static String render(Plan plan) {
        MarkdownWriter out = new MarkdownWriter();
        Words words = plan.words();
        out.heading(1, SummaryLines.title(plan.report().metadata()));
        String publication = SummaryLines.publication(plan) + plan.report().metadata().period()
                .map(p -> SummaryLines.SEPARATOR + SummaryLines.period(plan, p)).orElse("");
        out.paragraph(MarkdownWriter.escape(publication, true));
        out.paragraph(MarkdownInlines.render(plan.report().lead()));
        if (!plan.report().keyPoints().isEmpty()) {
            out.heading(2, words.keyPoints());
            for (Inline point : plan.report().keyPoints()) {
                out.bullet(0, MarkdownInlines.render(point));
            }
        }
        if (!plan.keyFigures().isEmpty()) {
            out.heading(2, words.keyFigures());
            MarkdownKeyFigures.render(plan.keyFigures(), words, out);
        }
        out.heading(2, words.contents());
        plan.allSections().filter(s -> s.level() <= plan.style().headings().tocDepth())
                .forEach(s -> out.bullet(s.level() - 1, renderHeading(s)));
        return out.toString();
    }

    private static String renderHeading(PlannedSection section) {
        return MarkdownWriter.escape(SummaryLines.heading(section), true);
    }
}
