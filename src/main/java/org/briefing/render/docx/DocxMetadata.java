package org.briefing.render.docx;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.model.Metadata;
import org.briefing.plan.Plan;

/**
 * Core properties: title, creator, subject, keywords, language and dates taken from the report,
 * mirroring {@code PdfMetadata}. A value XML cannot carry is an IllegalArgumentException naming
 * the property, never a docProps/core.xml that does not parse.
 */
final class DocxMetadata {
    private DocxMetadata() {}

    static void write(XWPFDocument document, Plan plan) {
        Metadata m = plan.report().metadata();
        var core = document.getProperties().getCoreProperties();
        core.setTitle(DocxXmlText.check("title", m.fullTitle()));
        core.setCreator(DocxXmlText.check("organization (the author)", m.organization()));
        core.setSubjectProperty(DocxXmlText.check("subject (edition, subtitle, period)", String.join(" \u2014 ",
                java.util.stream.Stream.of(m.edition(), m.subtitle(), m.period()).flatMap(Optional::stream).toList())));
        core.setKeywords(DocxXmlText.check("keywords", String.join(", ", m.keywords())));
        core.getUnderlyingProperties().setLanguageProperty(DocxXmlText.check("language", m.language()));
        Date published = publishedDate(plan);
        core.setCreated(Optional.of(published));
        core.setModified(Optional.of(published));
        document.getProperties().getExtendedProperties().setApplication("Briefing");
    }

    /** The publication date at midnight UTC: the document's date, never the clock's. */
    static Date publishedDate(Plan plan) {
        return Date.from(plan.report().metadata().date().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
