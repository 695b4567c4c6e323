package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;
import org.briefing.plan.PlannedFigure;
import org.briefing.plan.Words;

/**
 * The key figures as a GFM table, value column right-aligned; cells are padded so that the
 * table also reads as a table where the Markdown is not rendered (an e-mail).
 */
final class MarkdownKeyFigures {
    private MarkdownKeyFigures() {}

    static void render(List<PlannedFigure> figures, Words words, MarkdownWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(words.figure(), words.value(), words.period(), words.source()).stream()
                .map(MarkdownWriter::cell).toList());
        for (PlannedFigure f : figures) {
            rows.add(List.of(f.figure().label(), f.valueWithUnit(), f.period(), f.source()).stream()
                    .map(MarkdownWriter::cell).toList());
        }
        int[] widths = new int[4];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(Math.max(3, widths[c]), TextWriter.columns(row.get(c)));
            }
        }
        out.blank();
        out.line(row(rows.get(0), widths));
        out.line("| " + "-".repeat(widths[0]) + " | " + "-".repeat(widths[1] - 1) + ": | "
                + "-".repeat(widths[2]) + " | " + "-".repeat(widths[3]) + " |");
        rows.subList(1, rows.size()).forEach(row -> out.line(row(row, widths)));
        out.blank();
    }

    private static String row(List<String> cells, int[] widths) {
        return "| " + TextWriter.padRight(cells.get(0), widths[0])
                + " | " + TextWriter.padLeft(cells.get(1), widths[1])
                + " | " + TextWriter.padRight(cells.get(2), widths[2])
                + " | " + TextWriter.padRight(cells.get(3), widths[3]) + " |";
    }
}
