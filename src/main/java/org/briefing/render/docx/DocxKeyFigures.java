package org.briefing.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefing.plan.PlannedFigure;
import org.briefing.style.Style;

/** The highlight panel of headline figures and the full key-figures table, mirroring {@code PdfKeyFigures}. */
final class DocxKeyFigures {
    private final DocxContext context;
    private final DocxTables tables;

    DocxKeyFigures(DocxContext context) {
        this.context = context;
        this.tables = new DocxTables(context);
    }

    /** Headline figures in shaded cells, two by two when there are four. */
    void panel(List<PlannedFigure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        context.writer().paragraph(DocxStyleNames.BODY).setSpacingAfter(0);
        int columns = context.plan().panelColumns();
        int rows = (figures.size() + columns - 1) / columns;
        int[] equal = new int[columns];
        java.util.Arrays.fill(equal, 1);
        XWPFTable panel = DocxTables.grid(context, rows, DocxColumnWidths.ofWeights(equal, DocxTables.textWidth(context)));
        for (int i = 0; i < figures.size(); i++) {
            PlannedFigure figure = figures.get(i);
            XWPFTableRow row = panel.getRow(i / columns);
            row.setCantSplitRow(true);
            XWPFTableCell cell = row.getCell(i % columns);
            cell.setColor(context.style().colours().calloutBackground().hex());
            XWPFParagraph number = cell.getParagraphs().get(0);
            number.setStyle(DocxStyleNames.FIGURE_NUMBER);
            String unit = figure.shortUnit().map(u -> " " + u).orElse("");
            DocxWriter.text(DocxWriter.runsOf(number), figure.value() + unit, null);
            XWPFParagraph label = cell.addParagraph();
            label.setStyle(DocxStyleNames.FIGURE_LABEL);
            DocxWriter.text(DocxWriter.runsOf(label), figure.figure().label(), DocxStyleNames.STRONG);
            if (!figure.period().isEmpty()) {
                XWPFParagraph period = cell.addParagraph();
                period.setStyle(DocxStyleNames.FIGURE_LABEL);
                DocxWriter.text(DocxWriter.runsOf(period), figure.period(), null);
            }
        }
        context.writer().paragraph(DocxStyleNames.BODY);
    }

    /** Every figure: label and note, value right-aligned, period, and a link to the section stating it. */
    void table(List<PlannedFigure> figures) {
        Style style = context.style();
        long[] widths = DocxColumnWidths.ofWeights(new int[] {36, 22, 20, 22}, DocxTables.textWidth(context));
        XWPFTable table = tables.table(widths);
        XWPFTableRow header = table.getRow(0);
        tables.headerCell(header.getCell(0), context.plan().words().figure(), ParagraphAlignment.LEFT);
        tables.headerCell(header.getCell(1), context.plan().words().value(), ParagraphAlignment.RIGHT);
        tables.headerCell(header.getCell(2), context.plan().words().period(), ParagraphAlignment.LEFT);
        tables.headerCell(header.getCell(3), context.plan().words().source(), ParagraphAlignment.LEFT);
        for (int r = 0; r < figures.size(); r++) {
            PlannedFigure figure = figures.get(r);
            XWPFTableRow row = tables.bodyRow(table, r, widths);
            XWPFParagraph label = DocxTables.cellParagraph(row.getCell(0), ParagraphAlignment.LEFT);
            DocxWriter.text(DocxWriter.runsOf(label), figure.figure().label(), null);
            figure.figure().note().ifPresent(note -> {
                XWPFParagraph noteParagraph = row.getCell(0).addParagraph();
                noteParagraph.setStyle(DocxStyleNames.FIGURE_LABEL);
                DocxWriter.text(DocxWriter.runsOf(noteParagraph), note, null);
            });
            XWPFParagraph value = DocxTables.cellParagraph(row.getCell(1), ParagraphAlignment.RIGHT);
            DocxWriter.text(DocxWriter.runsOf(value), figure.valueWithUnit(), DocxStyleNames.STRONG);
            XWPFParagraph period = DocxTables.cellParagraph(row.getCell(2), ParagraphAlignment.LEFT);
            DocxWriter.text(DocxWriter.runsOf(period), figure.period(), null);
            XWPFParagraph source = DocxTables.cellParagraph(row.getCell(3), ParagraphAlignment.LEFT);
            DocxWriter.text(DocxWriter.runsOf(DocxWriter.internalLink(source, figure.sourceAnchor().bookmark())),
                    figure.source(), DocxStyleNames.HYPERLINK);
        }
        context.writer().paragraph(DocxStyleNames.BODY);
    }
}
