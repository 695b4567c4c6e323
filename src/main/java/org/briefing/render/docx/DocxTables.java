package org.briefing.render.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefing.model.Block;
import org.briefing.model.Inline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Real Word tables: a caption kept with the table, a header row that repeats on every page,
 * rows that never split across pages, columns aligned as the report says.
 */
final class DocxTables {
    private final DocxContext context;

    DocxTables(DocxContext context) {
        this.context = context;
    }

    void render(Block.Table table) {
        XWPFParagraph caption = context.writer().paragraph(DocxStyleNames.CAPTION);
        DocxWriter.text(DocxWriter.runsOf(caption), context.plan().tableLabel(table) + "\u2002" + table.caption(), null);
        List<Block.Table.Column> columns = table.columns();
        XWPFTable word = table(weights(table));
        XWPFTableRow header = word.getRow(0);
        for (int c = 0; c < columns.size(); c++) {
            headerCell(header.getCell(c), columns.get(c).header(), align(columns.get(c).align()));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = bodyRow(word, r);
            for (int c = 0; c < columns.size(); c++) {
                XWPFParagraph p = cellParagraph(row.getCell(c), align(columns.get(c).align()));
                DocxInlines.write(context, p, table.rows().get(r).get(c));
            }
        }
        context.writer().paragraph(DocxStyleNames.BODY);
    }

    /** A full-width table in the Briefing Table style, with one repeated header row and the given column weights. */
    XWPFTable table(int[] weights) {
        XWPFTable table = grid(context, 1, weights);
        table.setStyleID(DocxStyleNames.TABLE);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        return table;
    }

    /** A borderless full-width table of {@code rows} rows, its columns sized by {@code weights}. */
    static XWPFTable grid(DocxContext context, int rows, int[] weights) {
        XWPFTable table = context.writer().document().createTable(rows, weights.length);
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        var tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        tableWidth.setType(STTblWidth.PCT);
        tableWidth.setW(BigInteger.valueOf(5000));
        long width = new DocxStyles(context.style()).textWidth();
        int total = java.util.Arrays.stream(weights).sum();
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int weight : weights) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width * weight / total));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < weights.length; c++) {
                row.getCell(c).setWidth(String.valueOf(width * weights[c] / total));
            }
        }
        return table;
    }

    void headerCell(XWPFTableCell cell, String text, ParagraphAlignment align) {
        cell.setColor(context.style().colours().tableHeaderBackground().hex());
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyleNames.TABLE_HEADING);
        p.setAlignment(align);
        DocxWriter.text(DocxWriter.runsOf(p), text, null);
    }

    /** A new body row that never splits across pages, shaded on every other row when the style stripes. */
    XWPFTableRow bodyRow(XWPFTable table, int index) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        if (context.style().table().stripes() && index % 2 == 1) {
            row.getTableCells().forEach(cell -> cell.setColor(context.style().colours().tableStripe().hex()));
        }
        return row;
    }

    static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyleNames.TABLE_TEXT);
        p.setAlignment(align);
        return p;
    }

    static ParagraphAlignment align(Block.Table.Alignment alignment) {
        return switch (alignment) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        };
    }

    /** Column weights from how much text each holds; Word refines them, LibreOffice keeps them. */
    private static int[] weights(Block.Table table) {
        int n = table.columns().size();
        int[] weights = new int[n];
        for (int c = 0; c < n; c++) {
            int column = c;
            int widest = table.rows().stream().mapToInt(r -> r.get(column).plainText().length()).max().orElse(0);
            double average = table.rows().stream().mapToInt(r -> r.get(column).plainText().length()).average().orElse(0);
            int header = table.columns().get(c).header().length();
            weights[c] = Math.max(header + 2, widest <= 24 ? widest + 2 : (int) Math.min(average, 90));
        }
        return weights;
    }

}
