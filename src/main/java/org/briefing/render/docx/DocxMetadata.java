package org.briefing.render.docx;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.model.Metadata;
import org.briefing.plan.Plan;

/** Core properties: title, creator, subject, keywords, language and dates taken from the report, mirroring {@code PdfMetadata}. */
final class DocxMetadata {
    private DocxMetadata() {}

    static void write(XWPFDocument document, Plan plan) {
        Metadata m = plan.report().metadata();
        var core = document.getProperties().getCoreProperties();
        core.setTitle(m.fullTitle());
        core.setCreator(m.organization());
        core.setSubjectProperty(String.join(" \u2014 ", java.util.stream.Stream.of(m.edition(), m.subtitle(), m.period())
                .flatMap(Optional::stream).toList()));
        core.setKeywords(String.join(", ", m.keywords()));
        core.getUnderlyingProperties().setLanguageProperty(m.language());
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
