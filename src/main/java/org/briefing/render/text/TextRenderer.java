package org.briefing.render.text;

import java.util.List;
import org.briefing.model.Inline;
import org.briefing.model.Metadata;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedSection;

/** Renders a plan as the terminal summary. */
public final class TextRenderer {
    private TextRenderer() {}

    public static String render(Plan plan, int width) {
        TextWriter out = new TextWriter(width);
        Metadata m = plan.report().metadata();
        out.line(m.title() + m.subtitle().map(s -> ": " + s).orElse(""));
        out.line(String.join(" \u00b7 ", List.of(m.organization(),
                m.edition().orElse(""), m.period().orElse("")).stream().filter(s -> !s.isEmpty()).toList()));
        out.blank();
        out.wrapped("", plan.report().lead().plainText(), 0);
        if (!plan.report().keyPoints().isEmpty()) {
            out.blank();
            out.line(plan.style().words().keyPoints());
            for (Inline point : plan.report().keyPoints()) {
                out.wrapped("  -", point.plainText(), 4);
            }
        }
        if (!plan.keyFigures().isEmpty()) {
            out.blank();
            out.line(plan.style().words().keyFigures());
            TextTables.figures(plan.keyFigures(), out);
        }
        out.blank();
        out.line(plan.style().words().contents());
        plan.allSections().forEach(s -> outline(s, out));
        return out.toString();
    }

    private static void outline(PlannedSection section, TextWriter out) {
        out.line("  " + "  ".repeat(section.level() - 1) + section.heading().replace('\u2002', ' '));
    }

}
