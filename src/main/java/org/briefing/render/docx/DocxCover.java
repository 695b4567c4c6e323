package org.briefing.render.docx;

import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.model.Metadata;

/** The cover, in its own section: edition, title, subtitle, publisher, date, period and classification. */
final class DocxCover {
    private DocxCover() {}

    static void render(DocxContext context) {
        Metadata m = context.plan().report().metadata();
        DocxWriter writer = context.writer();
        XWPFParagraph top = writer.paragraph(DocxStyleNames.COVER_DETAIL);
        top.setSpacingBefore(1440);
        top.setSpacingAfter(1440);
        m.edition().ifPresent(e -> DocxWriter.text(DocxWriter.runsOf(top), e.toUpperCase(Locale.ROOT), null));
        XWPFParagraph title = writer.paragraph(DocxStyleNames.TITLE);
        DocxWriter.text(DocxWriter.runsOf(title), m.title(), null);
        m.subtitle().ifPresent(s -> DocxWriter.text(DocxWriter.runsOf(writer.paragraph(DocxStyleNames.SUBTITLE)), s, null));
        XWPFParagraph organization = writer.paragraph(DocxStyleNames.COVER_DETAIL);
        organization.setSpacingBefore(1440);
        DocxWriter.text(DocxWriter.runsOf(organization), m.organization(), DocxStyleNames.STRONG);
        DocxWriter.text(DocxWriter.runsOf(writer.paragraph(DocxStyleNames.COVER_DETAIL)), context.plan().date(), null);
        m.period().ifPresent(p -> DocxWriter.text(DocxWriter.runsOf(writer.paragraph(DocxStyleNames.COVER_DETAIL)), p, null));
        if (context.style().cover().showClassification()) {
            m.classification().ifPresent(c -> {
                XWPFParagraph line = writer.paragraph(DocxStyleNames.COVER_DETAIL);
                line.setSpacingBefore(2880);
                DocxWriter.text(DocxWriter.runsOf(line), c.toUpperCase(Locale.ROOT), DocxStyleNames.STRONG);
            });
        }
    }
}
