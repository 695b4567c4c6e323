package org.briefing.render.text;

import org.briefing.model.Inline;
import org.briefing.model.Metadata;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedSection;
import org.briefing.plan.Words;

/** Renders a plan as the terminal summary: plain text wrapped to a width. */
public final class TextRenderer {
    /** Narrower than this, a key-figure value no longer fits beside anything. */
    public static final int MIN_WIDTH = 20;

    private TextRenderer() {}

    public static String render(Plan plan, int width) {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("width " + width + " is below " + MIN_WIDTH);
        }
        TextWriter out = new TextWriter(width);
        Words words = plan.words();
        renderTitle(plan, out);
        out.blank();
        out.wrapped("", plan.report().lead().plainText(), 0);
        if (!plan.report().keyPoints().isEmpty()) {
            out.blank();
            out.line(words.keyPoints());
            for (Inline point : plan.report().keyPoints()) {
                out.wrapped("  - ", point.plainText(), 4);
            }
        }
        if (!plan.keyFigures().isEmpty()) {
            out.blank();
            out.line(words.keyFigures());
            TextKeyFigures.render(plan.keyFigures(), out);
        }
        out.blank();
        out.line(words.contents());
        plan.allSections().filter(s -> s.level() <= plan.style().headings().tocDepth())
                .forEach(s -> renderOutline(s, out));
        return out.toString();
    }

    /** Title and subtitle, then what the PDF's cover prints under them: publisher, edition, date, period. */
    private static void renderTitle(Plan plan, TextWriter out) {
        Metadata m = plan.report().metadata();
        out.wrapped("", SummaryLines.title(m), 2);
        out.wrapped("", SummaryLines.publication(plan), 2);
        m.period().ifPresent(period -> out.wrapped("", SummaryLines.period(plan, period), 2));
    }

    private static void renderOutline(PlannedSection section, TextWriter out) {
        String indent = "  ".repeat(section.level());
        out.wrapped(indent, SummaryLines.heading(section), indent.length() + 2);
    }
}
