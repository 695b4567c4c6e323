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
    /** The least room between the header's two parts. */
    private static final float MIN_GAP = 12;
    private static final float LEADING = 1.2f;

    private int bodyStart;
    private Header header;

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
        PdfFonts.Look look = context.looks().muted();
        float headerY = flow.top() + 14;
        if (header == null) {
            header = planHeader(look, headerY);
        }
        drawPart(canvas, header.left(), Element.ALIGN_LEFT, flow.left(), headerY);
        drawPart(canvas, header.right(), Element.ALIGN_RIGHT, flow.right(), headerY);
        canvas.saveState();
        canvas.setColorStroke(PdfFonts.colour(style.colours().rule()));
        canvas.setLineWidth(0.5f);
        canvas.moveTo(flow.left(), headerY - 5);
        canvas.lineTo(flow.right(), headerY - 5);
        canvas.stroke();
        canvas.restoreState();
        footer(page, look, (flow.left() + flow.right()) / 2, flow.bottom() - 24);
    }

    /** The two parts of the running header as set, the same on every page. */
    private record Header(PdfTextFit.Fitted left, PdfTextFit.Fitted right) {}

    /**
     * Shares the header line between its parts by their measured widths: when both do not fit
     * side by side with a gap, the shorter keeps its width (up to half the line) and the longer
     * takes the rest, wrapped onto a second line where the top margin has room, else cut.
     */
    private Header planHeader(PdfFonts.Look look, float headerY) {
        PdfFlow flow = context.flow();
        Style style = context.style();
        Metadata m = context.plan().report().metadata();
        String left = Style.fill(style.header(), m.title(), m.shortTitle(), "", "");
        String right = m.edition().orElse(m.organization());
        String rightName = m.edition().isPresent() ? "the edition" : "the organization";
        PdfTextFit fit = context.fit();
        String where = "the running header";
        float leading = look.size() * LEADING;
        float gap = Math.max(MIN_GAP, look.size() * 1.5f);
        float above = flow.pageHeight() - headerY - look.size() - 2;
        int maxLines = Math.max(1, Math.min(2, 1 + (int) Math.floor(above / leading)));
        float width = flow.width();
        float wl = fit.width(left, look, where);
        float wr = fit.width(right, look, where);
        float half = (width - gap) / 2;
        float leftShare;
        float rightShare;
        if (left.isBlank() || right.isBlank()) {
            leftShare = width;
            rightShare = width;
        } else if (wl + gap + wr + 2 <= width || wl <= half) {
            leftShare = wl + 1;
            rightShare = width - gap - leftShare;
        } else if (wr <= half) {
            rightShare = wr + 1;
            leftShare = width - gap - rightShare;
        } else {
            leftShare = half;
            rightShare = half;
        }
        return new Header(
                fit.fit(left, look, look.size(), LEADING, leftShare, maxLines * leading, maxLines, "the header text",
                        where),
                fit.fit(right, look, look.size(), LEADING, rightShare, maxLines * leading, maxLines, rightName, where));
    }

    /** Draws a header part's lines upwards from the baseline, so its last line sits on the rule. */
    private void drawPart(PdfContentByte canvas, PdfTextFit.Fitted part, int alignment, float x, float baseline) {
        int n = part.lines().size();
        for (int i = 0; i < n; i++) {
            ColumnText.showTextAligned(canvas, alignment,
                    context.fonts().phrase(part.lines().get(i), part.look(), "the running header"), x,
                    baseline + (n - 1 - i) * part.leading(), 0);
        }
    }

    /**
     * The footer, centred: the template with {page} written now and {pages} drawn into a box
     * filled when the page count is known.
     */
    private void footer(int page, PdfFonts.Look look, float centre, float baseline) {
        Metadata m = context.plan().report().metadata();
        boolean front = bodyStart == 0;
        String label = front ? Roman.lower(page) : String.valueOf(page - bodyStart + 1);
        String text = Style.fill(context.plan().footer(), m.title(), m.shortTitle(), label, "\u0000");
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
            width += PdfFonts.width(chunk);
        }
        return width;
    }

    /** From this page on the pages are the body's, numbered from 1. */
    void bodyStartsAt(int page) {
        bodyStart = page;
    }
}
