package org.briefing.render.pdf;

import org.briefing.model.Inline;
import org.briefing.model.Inline.Span;
import org.briefing.style.Colour;
import org.openpdf.text.Chunk;
import org.openpdf.text.Phrase;

/** Inline text as OpenPDF phrases: emphasis in italic, strong in bold, links coloured and clickable. */
final class PdfInlines {
    private final PdfFonts fonts;
    private final Colour linkColour;

    PdfInlines(PdfFonts fonts, Colour linkColour) {
        this.fonts = fonts;
        this.linkColour = linkColour;
    }

    Phrase phrase(Inline inline, PdfFonts.Look look, String where) {
        Phrase phrase = new Phrase();
        for (Span span : inline.spans()) {
            switch (span) {
                case Span.Text t -> phrase.addAll(fonts.chunks(t.text(), look, where));
                case Span.Emphasis e -> phrase.addAll(fonts.chunks(e.text(), look.inItalic(), where));
                case Span.Strong s -> phrase.addAll(fonts.chunks(s.text(), look.inBold(), where));
                case Span.Link l -> {
                    for (Chunk chunk : fonts.chunks(l.text(), look.withColour(linkColour), where)) {
                        chunk.setGenericTag(PdfLinks.external(l.href()));
                        phrase.add(chunk);
                    }
                }
            }
        }
        return phrase;
    }
}
