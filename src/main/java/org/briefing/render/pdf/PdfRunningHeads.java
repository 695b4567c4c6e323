package org.briefing.render.pdf;

import org.briefing.model.Metadata;
import org.briefing.style.Style;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;

/** The running header (short title, edition) and the "Page X of Y" footer, on every page but the cover. */
final class PdfRunningHeads {
    private final PdfContext context;

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
        PdfLayout layout = context.previous();
        String footer = Style.fill(style.footer(), m.title(), m.shortTitle(), layout.label(page),
                layout.lastLabel(page));
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                context.fonts().phrase(footer, look, "the footer"),
                (flow.left() + flow.right()) / 2, flow.bottom() - 24, 0);
    }
}
