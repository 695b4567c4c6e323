package org.briefing.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Text known only once the whole document is laid out — the contents' page numbers, the
 * "of Y" of each footer — drawn into reserved boxes (form XObjects) that are filled at the
 * end. This keeps the briefing a single layout pass.
 */
final class PdfLateText {
    /** Reserved boxes fit this many digits (or a short roman numeral). */
    private static final String WIDEST = "000";

    private record Slot(PdfTemplate box, PdfFonts.Look look, int alignment, Function<PdfLayout, String> text) {}

    private final PdfFonts fonts;
    private final PdfWriter writer;
    private final List<Slot> slots = new ArrayList<>();

    PdfLateText(PdfFonts fonts, PdfWriter writer) {
        this.fonts = fonts;
        this.writer = writer;
    }

    /**
     * A chunk holding a box, sitting on the baseline, for text decided later, right-aligned in
     * it (numbers in a column, such as the contents').
     */
    Chunk slot(PdfFonts.Look look, Function<PdfLayout, String> text) {
        PdfTemplate box = box(look, Element.ALIGN_RIGHT, text);
        try {
            return new Chunk(Image.getInstance(box), 0, -descent(look), false);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Draws a box for text decided later, left-aligned in it, at {@code x} on {@code baseline}; returns its width. */
    float place(PdfContentByte canvas, float x, float baseline, PdfFonts.Look look, Function<PdfLayout, String> text) {
        PdfTemplate box = box(look, Element.ALIGN_LEFT, text);
        canvas.addTemplate(box, x, baseline - descent(look));
        return box.getWidth();
    }

    /** The width a box for {@code look} takes. */
    float width(PdfFonts.Look look) {
        return fonts.base(look.family().face(look.bold(), look.italic())).getWidthPoint(WIDEST, look.size());
    }

    private PdfTemplate box(PdfFonts.Look look, int alignment, Function<PdfLayout, String> text) {
        var font = fonts.base(look.family().face(look.bold(), look.italic()));
        float ascent = font.getFontDescriptor(org.openpdf.text.pdf.BaseFont.ASCENT, look.size());
        PdfTemplate box = writer.getDirectContent().createTemplate(width(look), ascent + descent(look));
        slots.add(new Slot(box, look, alignment, text));
        return box;
    }

    private float descent(PdfFonts.Look look) {
        return -fonts.base(look.family().face(look.bold(), look.italic()))
                .getFontDescriptor(org.openpdf.text.pdf.BaseFont.DESCENT, look.size());
    }

    /** Draws every reserved box's text now that the layout is final. */
    void fill(PdfLayout layout) {
        for (Slot slot : slots) {
            float descent = descent(slot.look());
            float x = slot.alignment() == Element.ALIGN_RIGHT ? slot.box().getWidth() : 0;
            ColumnText.showTextAligned(slot.box(), slot.alignment(),
                    fonts.phrase(slot.text().apply(layout), slot.look(), "a page number"), x, descent, 0);
        }
    }
}
