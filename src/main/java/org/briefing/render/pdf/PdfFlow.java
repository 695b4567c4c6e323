package org.briefing.render.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.briefing.style.PageSetup;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Pagination: places text and tables down the page, starting new pages itself, so it always
 * knows which page a thing lands on. Paragraphs never leave a single line alone at the foot
 * (orphan) or head (widow) of a page; callers ask for room to keep a heading with what follows.
 */
final class PdfFlow {
    /** Below this many points of room, a page counts as full. */
    private static final float EPSILON = 0.01f;

    private final Document document;
    private final PdfWriter writer;
    private final PdfContentByte canvas;
    private final PageSetup setup;
    private final IntConsumer finishPage;
    private final Map<String, Integer> anchorPages = new HashMap<>();
    private float y;
    private boolean fresh = true;

    PdfFlow(Document document, PdfWriter writer, PageSetup setup, IntConsumer finishPage) {
        this.document = document;
        this.writer = writer;
        this.canvas = writer.getDirectContent();
        this.setup = setup;
        this.finishPage = finishPage;
        this.y = top();
    }

    /** A run of text set in lines of one leading, with an optional marker (bullet, number) before the first line. */
    record TextBlock(Phrase text, float leading, int alignment, float indent, float rightIndent, Phrase marker) {
        static TextBlock of(Phrase text, float leading, int alignment) {
            return new TextBlock(text, leading, alignment, 0, 0, null);
        }
    }

    int page() {
        return writer.getPageNumber();
    }

    PdfContentByte canvas() {
        return canvas;
    }

    PdfWriter writer() {
        return writer;
    }

    float pageWidth() {
        return (float) setup.size().width();
    }

    float pageHeight() {
        return (float) setup.size().height();
    }

    /** The inside margin is on the left of odd (right-hand) pages. */
    float left() {
        var m = setup.margins();
        return (float) (page() % 2 == 1 ? m.inside() : m.outside()).points();
    }

    float right() {
        var m = setup.margins();
        return pageWidth() - (float) (page() % 2 == 1 ? m.outside() : m.inside()).points();
    }

    float top() {
        return pageHeight() - (float) setup.margins().top().points();
    }

    float bottom() {
        return (float) setup.margins().bottom().points();
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    /** True when nothing has been placed on this page yet. */
    boolean atTop() {
        return fresh;
    }

    float room() {
        return y - bottom();
    }

    void newPage() {
        finishPage.accept(page());
        writer.setPageEmpty(false);
        document.newPage();
        y = top();
        fresh = true;
    }

    /** Ends the last page. */
    void finish() {
        finishPage.accept(page());
    }

    /** Vertical space, dropped at the top of a page. */
    void space(float points) {
        if (!fresh) {
            y -= points;
            if (y < bottom()) {
                newPage();
            }
        }
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) {
        if (!fresh && room() + EPSILON < height) {
            newPage();
        }
    }

    /** Moves the cursor to an absolute height on this page (for designed pages such as the cover). */
    void moveTo(float newY) {
        y = newY;
        fresh = false;
    }

    /** Marks the current position as a link target and remembers its page. */
    void anchor(String name) {
        canvas.localDestination(name, new PdfDestination(PdfDestination.XYZ, left(), Math.min(y + 4, top()), 0));
        anchorPages.put(name, page());
    }

    /** Adds an outline entry pointing at the current position. */
    PdfOutline outline(PdfOutline parent, String title, boolean open) {
        return new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, left(), Math.min(y + 4, top()), 0),
                title, open);
    }

    Map<String, Integer> anchorPages() {
        return Map.copyOf(anchorPages);
    }

    /** How many lines {@code block} takes in the current column width. */
    int lines(TextBlock block) {
        ColumnText measure = column(block);
        measure.setSimpleColumn(left() + block.indent(), -1e6f, right() - block.rightIndent(), 1e6f);
        go(measure, true);
        return measure.getLinesWritten();
    }

    /** Sets a text block, splitting it across pages with at least two lines on each side of a break. */
    void text(TextBlock block) {
        int total = lines(block);
        ColumnText column = column(block);
        int written = 0;
        boolean markerDrawn = false;
        while (written < total) {
            int remaining = total - written;
            int fit = (int) Math.floor((room() + EPSILON) / block.leading());
            int take;
            if (remaining <= fit) {
                take = remaining;
            } else {
                take = remaining - fit < 2 ? remaining - 2 : fit;
                if (take < 2 && !fresh) {
                    newPage();
                    continue;
                }
                take = Math.max(take, Math.min(remaining, 1));
            }
            if (!markerDrawn && block.marker() != null) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, block.marker(),
                        left() + block.indent() - markerWidth(block), y - block.leading(), 0);
                markerDrawn = true;
            }
            boolean lastLineApart = block.alignment() == Element.ALIGN_JUSTIFIED && take == remaining && take > 1;
            writeLines(column, block, lastLineApart ? take - 1 : take);
            if (lastLineApart) {
                // A new go() starts with no inherited word spacing: OpenPDF would otherwise space
                // a justified paragraph's last line like the (stretched) line before it.
                writeLines(column, block, 1);
            }
            fresh = false;
            written += take;
            if (written < total) {
                newPage();
            }
        }
    }

    private void writeLines(ColumnText column, TextBlock block, int lines) {
        column.setSimpleColumn(left() + block.indent(), y - lines * block.leading() - EPSILON,
                right() - block.rightIndent(), y);
        go(column, false);
        y = column.getYLine();
    }

    private static float markerWidth(TextBlock block) {
        return Math.min(block.indent(), ColumnText.getWidth(block.marker()) + block.leading() * 0.5f);
    }

    /** Places a composite element (a table), continuing it on new pages as needed. */
    void element(Element element) {
        element(element, false);
    }

    /**
     * Places a composite element; a {@code continuation} (the next segment of a long table)
     * joins what is above it, so OpenPDF honours the table's "skip first header".
     */
    void element(Element element, boolean continuation) {
        ColumnText column = new ColumnText(canvas);
        column.setAdjustFirstLine(!continuation);
        column.addElement(element);
        while (true) {
            column.setSimpleColumn(left(), bottom(), right(), y);
            int status = go(column, false);
            y = column.getYLine();
            fresh = false;
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            newPage();
        }
    }

    private ColumnText column(TextBlock block) {
        ColumnText column = new ColumnText(canvas);
        column.setText(block.text());
        column.setLeading(block.leading(), 0);
        column.setAlignment(block.alignment());
        // Justify by widening word spaces only; stretching letters apart reads badly.
        column.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        return column;
    }

    private static int go(ColumnText column, boolean simulate) {
        try {
            return column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
