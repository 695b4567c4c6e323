package org.briefing.render.pdf;

import java.util.List;
import org.briefing.plan.PlannedFigure;
import org.briefing.style.Style;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The highlight panel of headline figures, and the full key-figures table. */
final class PdfKeyFigures {
    private final PdfContext context;

    PdfKeyFigures(PdfContext context) {
        this.context = context;
    }

    /** Three or four big numbers side by side, each with its label and period. */
    void panel(List<PlannedFigure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        Style style = context.style();
        PdfLooks looks = context.looks();
        int columns = context.plan().panelColumns();
        PdfPTable panel = new PdfPTable(columns);
        panel.setTotalWidth(context.flow().width());
        panel.setLockedWidth(true);
        panel.setSplitLate(true);
        for (PlannedFigure figure : figures) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.TOP);
            cell.setBorderWidthTop(3);
            cell.setBorderColorTop(PdfFonts.colour(style.colours().accent()));
            cell.setBackgroundColor(PdfFonts.colour(style.colours().calloutBackground()));
            cell.setPadding(8);
            cell.setPaddingBottom(10);
            String where = "key figure " + org.briefing.diag.Quoted.of(figure.figure().id());
            Phrase number = new Phrase();
            PdfFonts.Look small = looks.figure().sized(looks.figure().size() * 0.55f).inBold();
            if (!figure.qualifierBefore().isEmpty()) {
                number.addAll(context.fonts().chunks(figure.qualifierBefore(), small, where));
            }
            number.addAll(context.fonts().chunks(figure.number(), looks.figure(), where));
            if (!figure.qualifierAfter().isEmpty()) {
                number.addAll(context.fonts().chunks(figure.qualifierAfter(), small, where));
            }
            figure.shortUnit().ifPresent(unit -> number.addAll(context.fonts().chunks(" " + unit, small, where)));
            cell.addElement(PdfBlocks.paragraphElement(number, looks.figure().size() * 1.15f, Element.ALIGN_LEFT));
            cell.addElement(PdfBlocks.paragraphElement(context.fonts().phrase(figure.figure().label(),
                    looks.small().inBold(), where), looks.leading(looks.small()), Element.ALIGN_LEFT));
            if (!figure.period().isEmpty()) {
                cell.addElement(PdfBlocks.paragraphElement(context.fonts().phrase(figure.period(), looks.muted(), where),
                        looks.leading(looks.muted()), Element.ALIGN_LEFT));
            }
            panel.addCell(cell);
        }
        panel.completeRow();
        context.flow().ensure(PdfTables.startHeight(panel));
        context.flow().element(panel);
    }

    /** Every key figure: label (and note), value right-aligned, period and the section that states it. */
    void table(List<PlannedFigure> figures, boolean linkSources) {
        PdfTables tables = new PdfTables(context);
        PdfPTable first = segment(tables, figures, 0, linkSources);
        context.flow().ensure(PdfTables.startHeight(first));
        context.flow().element(first);
        tables.continueSegments(from -> segment(tables, figures, from, linkSources), figures.size());
    }

    /** The header row and the figures from {@code from}, at most a segment's worth (see {@link PdfTables}). */
    private PdfPTable segment(PdfTables tables, List<PlannedFigure> figures, int from, boolean linkSources) {
        Style style = context.style();
        PdfLooks looks = context.looks();
        PdfPTable table = tables.table(new float[] {36, 22, 20, 22});
        String[] headers = {context.plan().words().figure(), context.plan().words().value(), context.plan().words().period(),
            context.plan().words().source()};
        int[] aligns = {Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT, Element.ALIGN_LEFT};
        for (int c = 0; c < headers.length; c++) {
            table.addCell(PdfTables.headerCell(context, headers[c], aligns[c]));
        }
        for (int r = from; r < Math.min(figures.size(), from + PdfTables.SEGMENT_ROWS); r++) {
            PlannedFigure figure = figures.get(r);
            String where = "key figure " + org.briefing.diag.Quoted.of(figure.figure().id());
            Phrase label = context.fonts().phrase(figure.figure().label(), looks.table(), where);
            figure.figure().note().ifPresent(note -> {
                label.addAll(context.fonts().chunks("\n", looks.muted(), where));
                label.addAll(context.fonts().chunks(note, looks.muted(), where));
            });
            table.addCell(PdfTables.bodyCell(context, label, aligns[0], r));
            table.addCell(PdfTables.bodyCell(context,
                    context.fonts().phrase(figure.valueWithUnit(), looks.table().inBold(), where), aligns[1], r));
            table.addCell(PdfTables.bodyCell(context, context.fonts().phrase(figure.period(), looks.table(), where),
                    aligns[2], r));
            Phrase source = new Phrase();
            var sourceLook = linkSources ? looks.table().withColour(style.colours().link()) : looks.table();
            for (Chunk chunk : context.fonts().chunks(figure.source(), sourceLook, where)) {
                if (linkSources) {
                    chunk.setGenericTag(PdfLinks.internal(figure.sourceAnchor().name()));
                }
                source.add(chunk);
            }
            table.addCell(PdfTables.bodyCell(context, source, aligns[3], r));
        }
        return table;
    }
}
