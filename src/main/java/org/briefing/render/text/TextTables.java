package org.briefing.render.text;

import java.util.List;
import org.briefing.plan.PlannedFigure;

/** Aligned plain-text tables; values are right-aligned as in the PDF's key-figures table. */
final class TextTables {
    private TextTables() {}

    static void figures(List<PlannedFigure> figures, TextWriter out) {
        int valueWidth = figures.stream().mapToInt(f -> f.valueWithUnit().length()).max().orElse(0);
        int labelWidth = Math.min(out.width() - valueWidth - 4,
                figures.stream().mapToInt(f -> f.figure().label().length()).max().orElse(0));
        for (PlannedFigure f : figures) {
            List<String> label = TextWriter.wrap(f.figure().label(), labelWidth);
            String value = " ".repeat(valueWidth - f.valueWithUnit().length()) + f.valueWithUnit();
            out.line("  " + pad(label.get(0), labelWidth) + "  " + value);
            for (String more : label.subList(1, label.size())) {
                out.line("  " + more);
            }
            String detail = String.join(" \u00b7 ", java.util.stream.Stream.of(f.period(), f.source())
                    .filter(s -> !s.isEmpty()).toList());
            out.wrapped("    ", detail, 4);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
