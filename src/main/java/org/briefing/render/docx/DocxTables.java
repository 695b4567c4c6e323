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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
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
        DocxTextWidths text = new DocxTextWidths(context.style().fonts(), context.style().fonts().table(), context.style().sizes().table());
        long[] widths = DocxColumnWidths.of(table, text, text, textWidth(context));
        XWPFTable word = table(widths);
        XWPFTableRow header = word.getRow(0);
        for (int c = 0; c < columns.size(); c++) {
            headerCell(header.getCell(c), columns.get(c).header(), align(columns.get(c).align()));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = bodyRow(word, r, widths);
            for (int c = 0; c < columns.size(); c++) {
                XWPFParagraph p = cellParagraph(row.getCell(c), align(columns.get(c).align()));
                DocxInlines.write(context, p, table.rows().get(r).get(c));
            }
        }
        context.writer().paragraph(DocxStyleNames.BODY);
    }

    /** A full-width table in the Briefing Table style, with one repeated header row and the given column widths. */
    XWPFTable table(long[] widths) {
        XWPFTable table = grid(context, 1, widths);
        table.setStyleID(DocxStyleNames.TABLE);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        return table;
    }

    /**
     * A borderless table of {@code rows} rows, its columns {@code widths} twips wide (they sum to
     * the text width), in fixed layout so Word keeps the widths as LibreOffice does.
     */
    static XWPFTable grid(DocxContext context, int rows, long[] widths) {
        XWPFTable table = context.writer().document().createTable(rows, widths.length);
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        long total = java.util.Arrays.stream(widths).sum();
        var tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(total));
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                width(row.getCell(c), widths[c]);
            }
        }
        return table;
    }

    static long textWidth(DocxContext context) {
        return new DocxStyles(context.style()).textWidth();
    }

    /**
     * A new last row of {@code widths.length} cells. Built on the table's XML directly:
     * {@code XWPFTable.createRow} counts the rows already there on every call (an XmlBeans
     * cursor walk), which made a table of n rows take n² time. The row is not in
     * {@code table.getRows()} of this document; a document read back has it.
     */
    static XWPFTableRow appendRow(XWPFTable table, long[] widths) {
        XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        for (long width : widths) {
            width(row.createCell(), width);
        }
        return row;
    }

    private static void width(XWPFTableCell cell, long twips) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var width = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
    }

    void headerCell(XWPFTableCell cell, String text, ParagraphAlignment align) {
        cell.setColor(context.style().colours().tableHeaderBackground().hex());
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyleNames.TABLE_HEADING);
        p.setAlignment(align);
        DocxWriter.text(DocxWriter.runsOf(p), text, null);
    }

    /** A new body row that never splits across pages, shaded on every other row when the style stripes. */
    XWPFTableRow bodyRow(XWPFTable table, int index, long[] widths) {
        XWPFTableRow row = appendRow(table, widths);
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
}
