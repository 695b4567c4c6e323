package org.briefing.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.briefing.model.Metadata;
import org.briefing.plan.Plan;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Document properties and PDF/A-2b: title, author, subject, keywords, language, dates taken
 * from the report (never the clock), a file id derived from the content, sRGB output intent, XMP.
 */
final class PdfMetadata {
    private PdfMetadata() {}

    /** Before the document opens: properties, conformance level and viewer settings. */
    static void beforeOpen(Document document, PdfWriter writer, Plan plan, String titleSuffix) {
        Metadata m = plan.report().metadata();
        writer.setPDFXConformance(PdfWriter.PDFA2B);
        writer.setPdfVersion(PdfWriter.PDF_VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        document.addTitle(m.fullTitle() + titleSuffix);
        document.addAuthor(m.organization());
        document.addSubject(subject(m));
        if (!m.keywords().isEmpty()) {
            document.addKeywords(String.join(", ", m.keywords()));
        }
        document.addCreator("Briefing");
    }

    /** After it opens: the output intent, language and fixed dates. */
    static void afterOpen(PdfWriter writer, Plan plan) throws IOException {
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(plan.report().metadata().language()));
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        var published = plan.report().metadata().date();
        date.set(published.getYear(), published.getMonthValue() - 1, published.getDayOfMonth(), 0, 0, 0);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
    }

    /** Page labels: i, ii, … for the {@code frontPages}, then 1, 2, … */
    static void pageLabels(PdfWriter writer, int frontPages) {
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.LOWERCASE_ROMAN_NUMERALS);
        labels.addPageLabel(frontPages + 1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS);
        writer.setPageLabels(labels);
    }

    /** Before it closes: file id and XMP from the final properties. */
    static void beforeClose(PdfWriter writer, String contentKey) {
        byte[] id = digest(contentKey);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.createXmpMetadata();
    }

    private static String subject(Metadata m) {
        return String.join(" \u2014 ", java.util.stream.Stream.of(m.edition(), m.subtitle(), m.period())
                .flatMap(java.util.Optional::stream).toList());
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
