package org.briefing.render.pdf;

import org.briefing.plan.TocEntry;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.draw.DottedLineSeparator;

/**
 * The table of contents: each entry with dot leaders to the label of the page its heading lands
 * on, filled in once the body is laid out; the entry's text links to the heading.
 */
final class PdfContents {
    private PdfContents() {}

    static void render(PdfContext context) {
        PdfFlow flow = context.flow();
        PdfLooks looks = context.looks();
        PdfFonts.Look headingLook = looks.heading(1);
        flow.text(PdfFlow.TextBlock.of(context.fonts().phrase(context.plan().words().contents(), headingLook,
                "the contents"), looks.leading(headingLook), Element.ALIGN_LEFT));
        flow.space((float) context.style().spacing().headingAfter().points() * 2);
        for (TocEntry entry : context.plan().contents()) {
            PdfFonts.Look look = new PdfFonts.Look(context.style().fonts().heading(), looks.body().size(),
                    entry.level() == 1, false, context.style().colours().text());
            String link = PdfLinks.internal(entry.anchor().name());
            Phrase line = new Phrase();
            for (Chunk chunk : context.fonts().chunks(entry.text(), look, "the contents")) {
                chunk.setGenericTag(link);
                line.add(chunk);
            }
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3);
            dots.setLineColor(PdfFonts.colour(context.style().colours().muted()));
            Chunk leader = new Chunk(dots);
            leader.setFont(context.fonts().font(look));
            line.add(leader);
            String anchor = entry.anchor().name();
            line.add(context.late().slot(look, layout -> layout.labelOf(anchor)));
            float indent = (entry.level() - 1) * 16f;
            if (entry.level() == 1) {
                flow.space(4);
            }
            flow.text(new PdfFlow.TextBlock(line, look.size() * 1.6f, Element.ALIGN_LEFT, indent, 0, null));
        }
    }
}
