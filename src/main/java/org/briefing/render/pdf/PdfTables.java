package org.briefing.render.pdf;

import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Inline;
import org.briefing.style.Style;
import org.briefing.style.TableLook;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Tables: a caption kept with the table, a header row repeated on every page the table
 * reaches, rows that move whole to the next page rather than split (unless taller than a page).
 */
final class PdfTables {
    /**
     * A long table is laid out in segments of this many rows: OpenPDF measures every remaining
     * row of a table on each page it fills, which makes one table of thousands of rows quadratic.
     */
    static final int SEGMENT_ROWS = 40;

    private final PdfContext context;

    PdfTables(PdfContext context) {
        this.context = context;
    }

    void render(Block.Table table) {
        PdfFlow flow = context.flow();
        float[] widths = relativeWidths(table);
        PdfPTable first = build(table, widths, 0);
        PdfFlow.TextBlock caption = caption(table);
        float captionHeight = flow.lines(caption) * caption.leading();
        flow.ensure(captionHeight + 4 + startHeight(first));
        flow.text(caption);
        flow.space(4);
        flow.element(first);
        continueSegments(from -> build(table, widths, from), table.rows().size());
        flow.space((float) context.style().spacing().paragraphAfter().points() * 1.5f);
    }

    /**
     * Places the segments after the first of a table of {@code rows} rows; {@code segment}
     * builds the header row and the rows from the index given, at most {@link #SEGMENT_ROWS}.
     */
    void continueSegments(java.util.function.IntFunction<PdfPTable> segment, int rows) {
        PdfFlow flow = context.flow();
        for (int from = SEGMENT_ROWS; from < rows; from += SEGMENT_ROWS) {
            PdfPTable next = segment.apply(from);
            // A segment continues the table on the same page without a second header row; one
            // that starts a page shows it, as does any page a segment runs onto.
            boolean continues = !flow.atTop() && flow.room() >= next.getRowHeight(next.getHeaderRows());
            if (!continues && !flow.atTop()) {
                flow.newPage();
            }
            next.setSkipFirstHeader(continues);
            flow.element(next, continues);
        }
    }

    /** The room a table needs before it may start on a page: its header and first row. */
    static float startHeight(PdfPTable table) {
        float height = 0;
        for (int i = 0; i < Math.min(table.size(), table.getHeaderRows() + 1); i++) {
            height += table.getRowHeight(i);
        }
        return height;
    }

    float startHeightWithCaption(Block.Table table) {
        PdfFlow.TextBlock caption = caption(table);
        return context.flow().lines(caption) * caption.leading() + 4 + startHeight(build(table, relativeWidths(table), 0));
    }

    private PdfFlow.TextBlock caption(Block.Table table) {
        PdfLooks looks = context.looks();
        Phrase text = new Phrase();
        text.addAll(context.fonts().chunks(context.plan().tableLabel(table) + "\u2002", looks.caption(),
                "a table caption"));
        text.addAll(context.fonts().chunks(table.caption(), looks.caption().withColour(context.style().colours().text()),
                "a table caption"));
        return PdfFlow.TextBlock.of(text, looks.leading(looks.caption()), Element.ALIGN_LEFT);
    }

    /** The header row and the rows from {@code from}, at most {@link #SEGMENT_ROWS} of them. */
    private PdfPTable build(Block.Table table, float[] widths, int from) {
        List<Block.Table.Column> columns = table.columns();
        PdfPTable pdf = table(widths);
        for (Block.Table.Column column : columns) {
            pdf.addCell(headerCell(context, column.header(), align(column.align())));
        }
        for (int r = from; r < Math.min(table.rows().size(), from + SEGMENT_ROWS); r++) {
            List<Inline> row = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                Phrase text = context.inlines().phrase(row.get(c), context.looks().table(), "table " + table.id());
                pdf.addCell(bodyCell(context, text, align(columns.get(c).align()), r));
            }
        }
        return pdf;
    }

    /** A full-width table with one repeated header row, its width fixed to the text column. */
    PdfPTable table(float[] widths) {
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setTotalWidth(context.flow().width());
        pdf.setLockedWidth(true);
        pdf.setHeaderRows(1);
        pdf.setSplitLate(true);
        pdf.setSplitRows(true);
        return pdf;
    }

    static PdfPCell headerCell(PdfContext context, String text, int align) {
        Style style = context.style();
        PdfPCell cell = new PdfPCell(context.fonts().phrase(text, context.looks().tableHeader(), "a table header"));
        cell.setBackgroundColor(PdfFonts.colour(style.colours().tableHeaderBackground()));
        cell.setHorizontalAlignment(align);
        pad(cell, style);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    static PdfPCell bodyCell(PdfContext context, Phrase text, int align, int rowIndex) {
        Style style = context.style();
        PdfPCell cell = new PdfPCell(text);
        cell.setHorizontalAlignment(align);
        cell.setLeading(0, (float) style.spacing().lineHeight() * 0.95f);
        pad(cell, style);
        if (style.table().stripes() && rowIndex % 2 == 1) {
            cell.setBackgroundColor(PdfFonts.colour(style.colours().tableStripe()));
        }
        TableLook.Borders borders = style.table().borders();
        cell.setBorder(switch (borders) {
            case HORIZONTAL -> Rectangle.BOTTOM;
            case GRID -> Rectangle.BOX;
            case NONE -> Rectangle.NO_BORDER;
        });
        cell.setBorderColor(PdfFonts.colour(style.colours().rule()));
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static void pad(PdfPCell cell, Style style) {
        float padding = (float) style.spacing().cellPadding().points();
        cell.setPadding(padding);
        cell.setPaddingTop(padding - 1);
        cell.setPaddingBottom(padding + 1);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
    }

    static int align(Block.Table.Alignment alignment) {
        return switch (alignment) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
    }

    /**
     * Column widths: each at least as wide as its longest word (so no word is ever broken),
     * the rest shared by how much text each column holds.
     */
    private float[] relativeWidths(Block.Table table) {
        int n = table.columns().size();
        float total = context.flow().width();
        PdfFonts.Look look = context.looks().table();
        org.openpdf.text.pdf.BaseFont regular = context.fonts().base(look.family().face(false, false));
        org.openpdf.text.pdf.BaseFont bold = context.fonts().base(look.family().face(true, false));
        float padding = 2 * (float) context.style().spacing().cellPadding().points() + 2;
        float[] least = new float[n];
        float[] want = new float[n];
        for (int c = 0; c < n; c++) {
            int column = c;
            float longestWord = bold.getWidthPoint(longest(table.columns().get(c).header()), look.size());
            double textWidth = 0;
            float widest = 0;
            for (List<Inline> row : table.rows()) {
                String text = row.get(column).plainText();
                float width = regular.getWidthPoint(text, look.size());
                longestWord = Math.max(longestWord, regular.getWidthPoint(longest(text), look.size()));
                widest = Math.max(widest, width);
                textWidth += width;
            }
            least[c] = longestWord + padding;
            // A column of short entries (dates, numbers) gets room for its widest one, so none wraps.
            float average = (float) Math.min(textWidth / Math.max(1, table.rows().size()), total * 0.7);
            want[c] = Math.max(least[c], widest + padding <= total * 0.25f ? widest + padding : average);
        }
        float sumWant = sum(want);
        float sumLeast = sum(least);
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            if (sumWant <= total) {
                widths[c] = want[c] * total / sumWant;
            } else if (sumLeast < total) {
                widths[c] = least[c] + (want[c] - least[c]) * (total - sumLeast) / (sumWant - sumLeast);
            } else {
                widths[c] = least[c];
            }
        }
        return widths;
    }

    private static String longest(String text) {
        String longest = "";
        for (String word : text.split("[\\s\u2013\u2014]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
