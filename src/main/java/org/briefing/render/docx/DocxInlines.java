package org.briefing.render.docx;

import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.model.Inline;
import org.briefing.model.Inline.Span;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** Inline text as runs: emphasis and strong in Word's Emphasis and Strong styles, links as hyperlinks. */
final class DocxInlines {
    private DocxInlines() {}

    static void write(DocxContext context, XWPFParagraph paragraph, Inline inline) {
        Supplier<CTR> runs = DocxWriter.runsOf(paragraph);
        for (Span span : inline.spans()) {
            switch (span) {
                case Span.Text t -> DocxWriter.text(runs, t.text(), null);
                case Span.Emphasis e -> DocxWriter.text(runs, e.text(), DocxStyleNames.EMPHASIS);
                case Span.Strong s -> DocxWriter.text(runs, s.text(), DocxStyleNames.STRONG);
                case Span.Link l -> DocxWriter.text(DocxWriter.runsOf(context.writer().externalLink(paragraph, l.href())),
                        l.text(), DocxStyleNames.HYPERLINK);
            }
        }
    }
}
