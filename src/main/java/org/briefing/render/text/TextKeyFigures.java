package org.briefing.render.text;

import java.util.List;
import java.util.stream.Stream;
import org.briefing.plan.PlannedFigure;

/**
 * The key figures as an aligned table: label, then the value right-aligned as the PDF prints
 * it, and under them, indented, the period and the section that states the figure.
 */
final class TextKeyFigures {
    private static final String INDENT = "  ";
    private static final String HANG = "    ";
    private static final String GAP = "  ";
    /** A label squeezed narrower than this reads worse than one with its value on the next line. */
    private static final int NARROWEST_LABEL = 12;

    private TextKeyFigures() {}

    static void render(List<PlannedFigure> figures, TextWriter out) {
        int labels = figures.stream().mapToInt(f -> TextWriter.columns(f.figure().label())).max().orElse(0);
        int values = figures.stream().mapToInt(f -> TextWriter.columns(f.valueWithUnit())).max().orElse(0);
        // The values' right edge: past the longest label and value when they fit, else the width.
        int right = Math.min(out.width(), INDENT.length() + labels + GAP.length() + values);
        for (PlannedFigure figure : figures) {
            row(figure, right, out);
            String detail = String.join(" \u00b7 ", Stream.of(figure.period(), figure.source())
                    .filter(s -> !s.isEmpty()).toList());
            out.wrapped(HANG, detail, HANG.length());
        }
    }

    /** The label and the value on one line if they fit, the label wrapped beside the value if that fits, else stacked. */
    private static void row(PlannedFigure figure, int right, TextWriter out) {
        String label = figure.figure().label();
        String value = figure.valueWithUnit();
        int labelRoom = right - INDENT.length() - GAP.length() - TextWriter.columns(value);
        if (labelRoom >= Math.min(NARROWEST_LABEL, TextWriter.columns(label))) {
            List<String> lines = TextWriter.wrap(label, labelRoom, labelRoom - (HANG.length() - INDENT.length()));
            out.line(INDENT + TextWriter.padRight(lines.get(0), labelRoom) + GAP + value);
            lines.subList(1, lines.size()).forEach(more -> out.line(HANG + more));
            return;
        }
        out.wrapped(INDENT, label, HANG.length());
        int valueRoom = right - HANG.length();
        TextWriter.wrap(value, valueRoom, valueRoom).forEach(line -> out.line(HANG + TextWriter.padLeft(line, valueRoom)));
    }
}
