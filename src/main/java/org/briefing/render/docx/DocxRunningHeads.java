package org.briefing.render.docx;

import java.math.BigInteger;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.briefing.model.Metadata;
import org.briefing.style.Style;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The running header (short title left, edition right) and the "Page X of Y" footer, mirroring
 * {@code PdfRunningHeads}. The header is a borderless two-cell table, each part in its own cell,
 * so a long short title wraps inside its share instead of running under the edition (a right tab
 * stop lets Word and LibreOffice draw the two over each other).
 */
final class DocxRunningHeads {
    /** Between the header's two parts, in twips (12 pt). */
    static final long GAP = 240;
    /** Added to a measured width so a layout's rounding never wraps a part that was meant to fit. */
    private static final long SLACK = 40;

    private final DocxContext context;

    DocxRunningHeads(DocxContext context) {
        this.context = context;
    }

    /** Fills an empty header part with the two-part table and the paragraph a header must end with. */
    void header(XWPFHeaderFooter header) {
        Style style = context.style();
        Metadata m = context.plan().report().metadata();
        String left = Style.fill(style.header(), m.title(), m.shortTitle(), "", "");
        String right = m.edition().orElse(m.organization());
        DocxTextWidths widths = new DocxTextWidths(style.fonts(), style.fonts().heading(), style.sizes().small());
        long width = DocxTables.textWidth(context);
        long rightShare = rightShare(widths.widestLine(left, false) + SLACK, widths.widestLine(right, false) + SLACK,
                width);
        XWPFTable table = header.createTable(1, 2);
        layout(table, width - rightShare, rightShare);
        part(table.getRow(0).getCell(0), left, ParagraphAlignment.LEFT, GAP);
        part(table.getRow(0).getCell(1), right, ParagraphAlignment.RIGHT, 0);
        XWPFParagraph end = header.createParagraph();
        end.setStyle(DocxStyleNames.HEADER);
        end.setSpacingAfter(0);
        var mark = end.getCTP().getPPr().addNewRPr();
        mark.addNewSz().setVal(BigInteger.TWO);
        mark.addNewSzCs().setVal(BigInteger.TWO);
    }

    /**
     * The right part's cell width: both on one line when they fit; otherwise the shorter part
     * keeps its one line if it needs at most half, and the other wraps in the rest; when both
     * need more than half, each gets half and both wrap.
     */
    static long rightShare(long left, long right, long width) {
        long half = (width - GAP) / 2;
        if (left + GAP + right <= width || right <= half) {
            return Math.min(right, width - GAP);
        }
        if (left <= half) {
            return width - GAP - left;
        }
        return half;
    }

    private void layout(XWPFTable table, long leftWidth, long rightWidth) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        var bottom = properties.addNewTblBorders().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(4));
        bottom.setColor(context.style().colours().rule().hex());
        var tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(leftWidth + rightWidth));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var margins = properties.addNewTblCellMar();
        for (var side : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth[] {
                margins.addNewLeft(), margins.addNewRight(), margins.addNewTop()}) {
            side.setType(STTblWidth.DXA);
            side.setW(BigInteger.ZERO);
        }
        var below = margins.addNewBottom();
        below.setType(STTblWidth.DXA);
        below.setW(BigInteger.valueOf(80));
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(leftWidth));
        grid.addNewGridCol().setW(BigInteger.valueOf(rightWidth));
        width(table.getRow(0).getCell(0), leftWidth);
        width(table.getRow(0).getCell(1), rightWidth);
    }

    private static void width(XWPFTableCell cell, long twips) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var width = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
        tcPr.addNewVAlign().setVal(STVerticalJc.BOTTOM);
    }

    /** One part of the header in its cell; {@code gapAfter} twips of the cell stay empty on its right. */
    private static void part(XWPFTableCell cell, String text, ParagraphAlignment align, long gapAfter) {
        if (gapAfter > 0) {
            var right = cell.getCTTc().getTcPr().addNewTcMar().addNewRight();
            right.setType(STTblWidth.DXA);
            right.setW(BigInteger.valueOf(gapAfter));
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyleNames.HEADER);
        p.setAlignment(align);
        DocxWriter.text(DocxWriter.runsOf(p), text, null);
    }

    /**
     * The footer template with {page} as a PAGE field and {pages} as a PAGEREF to
     * {@code lastPage}, a bookmark on the last paragraph of the footer's part of the document:
     * so the body's footer counts the body's pages, as the PDF's does, not the whole file's.
     * {@code roman}: the count in lower-case roman numerals, as the front matter's pages are.
     */
    void footer(XWPFHeaderFooter footer, String lastPage, boolean roman) {
        Metadata m = context.plan().report().metadata();
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setStyle(DocxStyleNames.FOOTER);
        Supplier<CTR> runs = DocxWriter.runsOf(bottom);
        String text = Style.fill(context.plan().footer(), m.title(), m.shortTitle(), "\u0000page\u0000",
                "\u0000pages\u0000");
        for (String part : text.split("\u0000")) {
            switch (part) {
                case "page" -> DocxWriter.field(runs, "PAGE", "1");
                case "pages" -> DocxWriter.field(runs, "PAGEREF " + lastPage + (roman ? " \\* roman" : ""), "1");
                default -> {
                    if (!part.isEmpty()) {
                        DocxWriter.text(runs, part, null);
                    }
                }
            }
        }
    }
}
