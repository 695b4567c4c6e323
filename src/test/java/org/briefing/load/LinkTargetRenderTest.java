package org.briefing.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.briefing.Seed;
import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import org.briefing.engine.Rendered;
import org.briefing.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Every link target the loader accepts, however unusual, is written by each renderer: the DOCX
 * (POI parses targets with {@code java.net.URI}) and the PDF keep it exactly, read back with POI
 * and PDFBox. Before issue 9 the loader let through targets that crashed the DOCX writer.
 */
class LinkTargetRenderTest {
    /** Valid RFC 3986 targets at the edges of what the loader accepts. */
    private static final List<String> TRICKY = List.of(
            "https://example.org/",
            "HTTPS://EXAMPLE.ORG/UPPER",
            "http://example.org:8080/path;params?q=a+b&r=%20%C3%A9#frag",
            "https://user:pass@example.org/a/../b/./c",
            "https://[2001:db8::1]/ipv6",
            "https://192.0.2.1/ipv4",
            "https://example.org/!$&'()*+,;=:@-._~",
            "https://example.org/?q=(1)[2]",
            "https://xn--caf-dma.example/punycode",
            "https://example.org/" + "a".repeat(1_970),
            "mailto:info@example.org",
            "mailto:info@example.org?subject=Report%202023&body=Hello",
            "mailto:a@example.org,b@example.org");

    @Test
    void everyAcceptedTrickyTargetIsWrittenByTheDocxAndThePdf() throws Exception {
        Report report = ReportLoader.loadText("links.json", reportWithLinks());
        Rendered rendered = Briefing.withStyle(Seed.style()).render(report, EnumSet.of(Format.PDF, Format.DOCX));
        assertAll(
                () -> org.briefing.DocxParts.assertWellFormed(rendered.file(Format.DOCX)),
                // POI lists relationships in no particular order, PDF annotations go page by page.
                () -> assertEquals(sorted(TRICKY), sorted(docxTargets(rendered.file(Format.DOCX)))),
                () -> assertEquals(sorted(TRICKY), sorted(pdfTargets(rendered.file(Format.PDF)))));
    }

    private static List<String> sorted(List<String> targets) {
        return targets.stream().sorted().toList();
    }

    private static String reportWithLinks() {
        String spans = TRICKY.stream()
                .map(h -> "{ \"link\": \"link\", \"href\": \"" + h + "\" }")
                .collect(Collectors.joining(", \" \", "));
        return HostileReportTest.minimal().replace("\"The government", "{ \"type\": \"paragraph\", \"text\": [" + spans + "] }, \"The government");
    }

    private static List<String> docxTargets(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> targets = new ArrayList<>();
            for (PackageRelationship r : document.getPackagePart()
                    .getRelationshipsByType(XWPFRelation.HYPERLINK.getRelation())) {
                targets.add(r.getTargetURI().toString());
            }
            return targets;
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    /** The URI of every link annotation, in page order, without the report's own internal links. */
    private static List<String> pdfTargets(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> targets = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
            return targets;
        }
    }
}
