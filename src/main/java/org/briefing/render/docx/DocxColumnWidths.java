package org.briefing.render.docx;

import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Inline;

/**
 * Column widths in twips, from what the columns hold, summing to the text width. Each column
 * gets at least its widest word (header included) so no word breaks inside a column that could
 * hold it; what is left goes to the columns whose text would still wrap, in proportion to how
 * much more they would take on one line (the way HTML sizes an automatic table). Written as
 * fixed widths: LibreOffice keeps a DOCX's widths as they are, and Word, told the layout is
 * fixed, does too, so both break lines where Briefing planned.
 */
final class DocxColumnWidths {
    /** Left and right cell margins of the Briefing Table style, in twips. */
    static final long CELL_MARGINS = 2 * 90;
    /** Slack for a layout's rounding and a bold run inside a cell. */
    private static final long SLACK = 60;

    private DocxColumnWidths() {}

    static long[] of(Block.Table table, DocxTextWidths body, DocxTextWidths header, long width) {
        int n = table.columns().size();
        long[] least = new long[n];
        long[] most = new long[n];
        for (int c = 0; c < n; c++) {
            String title = table.columns().get(c).header();
            least[c] = header.widestWord(title, true);
            most[c] = header.widestLine(title, true);
        }
        for (List<Inline> row : table.rows()) {
            for (int c = 0; c < n; c++) {
                String text = row.get(c).plainText();
                least[c] = Math.max(least[c], body.widestWord(text, false));
                most[c] = Math.max(most[c], body.widestLine(text, false));
            }
        }
        for (int c = 0; c < n; c++) {
            least[c] += CELL_MARGINS + SLACK;
            most[c] += CELL_MARGINS + SLACK;
        }
        return share(least, most, width);
    }

    /** Widths from fixed weights, for tables whose content Briefing writes itself. */
    static long[] ofWeights(int[] weights, long width) {
        long[] least = new long[weights.length];
        long[] most = new long[weights.length];
        for (int c = 0; c < weights.length; c++) {
            most[c] = weights[c];
        }
        return share(least, most, width);
    }

    /**
     * Shares {@code width} out: every column its least, then the rest in proportion to what each
     * still wants (most − least), or, when all fit on one line, in proportion to their widths.
     * When even the least do not fit, in proportion to the least.
     */
    static long[] share(long[] least, long[] most, long width) {
        int n = least.length;
        long leastSum = 0;
        long wantSum = 0;
        long mostSum = 0;
        for (int c = 0; c < n; c++) {
            leastSum += least[c];
            wantSum += Math.max(0, most[c] - least[c]);
            mostSum += Math.max(most[c], least[c]);
        }
        double[] exact = new double[n];
        for (int c = 0; c < n; c++) {
            double full = Math.max(most[c], least[c]);
            if (leastSum > width) {
                exact[c] = (double) width * least[c] / leastSum;
            } else if (mostSum <= width) {
                exact[c] = mostSum == 0 ? (double) width / n : width * full / mostSum;
            } else {
                exact[c] = least[c] + (double) (width - leastSum) * Math.max(0, most[c] - least[c]) / wantSum;
            }
        }
        return rounded(exact, width);
    }

    /** Whole twips that still sum to {@code width}: the rounding's remainder goes to the last column. */
    private static long[] rounded(double[] exact, long width) {
        long[] widths = new long[exact.length];
        long sum = 0;
        for (int c = 0; c < exact.length; c++) {
            widths[c] = (long) Math.floor(exact[c]);
            sum += widths[c];
        }
        widths[exact.length - 1] += width - sum;
        return widths;
    }
}
