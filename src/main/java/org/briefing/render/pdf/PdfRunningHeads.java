package org.briefing.render.pdf;

import org.briefing.model.Metadata;
import org.briefing.style.Style;
import org.openpdf.text.Element;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;

/** The running header (short title, edition) and the "Page X of Y" footer, on every page but the cover. */
final class PdfRunningHeads {
    private final PdfContext context;
    private int bodyStart;

    PdfRunningHeads(PdfContext context) {
        this.context = context;
    }

    void decorate(int page) {
        if (page == 1) {
            return;
        }
        PdfFlow flow = context.flow();
        PdfContentByte canvas = flow.canvas();
        Style style = context.style();
        Metadata m = context.plan().report().metadata();
        PdfFonts.Look look = context.looks().muted();
        String where = "the running header";
        float headerY = flow.top() + 14;
        String left = Style.fill(style.header(), m.title(), m.shortTitle(), "", "");
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, context.fonts().phrase(left, look, where),
                flow.left(), headerY, 0);
        String right = m.edition().orElse(m.organization());
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, context.fonts().phrase(right, look, where),
                flow.right(), headerY, 0);
        canvas.saveState();
        canvas.setColorStroke(PdfFonts.colour(style.colours().rule()));
        canvas.setLineWidth(0.5f);
        canvas.moveTo(flow.left(), headerY - 5);
        canvas.lineTo(flow.right(), headerY - 5);
        canvas.stroke();
        canvas.restoreState();
        footer(page, look, (flow.left() + flow.right()) / 2, flow.bottom() - 24);
    }

    /**
     * The footer, centred: the template with {page} written now and {pages} drawn into a box
     * filled when the page count is known.
     */
    private void footer(int page, PdfFonts.Look look, float centre, float baseline) {
        Metadata m = context.plan().report().metadata();
        boolean front = bodyStart == 0;
        String label = front ? Roman.lower(page) : String.valueOf(page - bodyStart + 1);
        String text = Style.fill(context.style().footer(), m.title(), m.shortTitle(), label, "\u0000");
        List<Phrase> parts = new ArrayList<>();
        for (String part : text.split("\u0000", -1)) {
            parts.add(context.fonts().phrase(part, look, "the footer"));
        }
        float width = (parts.size() - 1) * context.late().width(look);
        for (Phrase part : parts) {
            width += advance(part);
        }
        float x = centre - width / 2;
        PdfContentByte canvas = context.flow().canvas();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                x += context.late().place(canvas, x, baseline, look, layout -> front
                        ? Roman.lower(layout.frontPages()) : String.valueOf(layout.totalPages() - layout.frontPages()));
            }
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, parts.get(i), x, baseline, 0);
            x += advance(parts.get(i));
        }
    }

    /** How far a phrase moves the pen, trailing spaces included (a drawn line drops them). */
    private static float advance(Phrase phrase) {
        float width = 0;
        for (org.openpdf.text.Element element : phrase) {
            org.openpdf.text.Chunk chunk = (org.openpdf.text.Chunk) element;
            width += chunk.getFont().getBaseFont().getWidthPoint(chunk.getContent(), chunk.getFont().getSize());
        }
        return width;
    }

    /** From this page on the pages are the body's, numbered from 1. */
    void bodyStartsAt(int page) {
        bodyStart = page;
    }
}
