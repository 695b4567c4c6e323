package org.briefing.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import org.briefing.engine.Rendered;
import org.briefing.model.Report;
import org.briefing.style.Style;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What must hold for a report the loader accepted, in a style the loader accepted: every format
 * renders within the hang guard (characters no font has accepted and drawn as boxes, so that
 * drawing them is fuzzed too, rather than refused as input the fonts cannot show); the PDF and the one-page summary open in PDFBox and their text
 * extracts (the summary on one page); the DOCX opens in POI and each XML part is well-formed.
 */
final class RenderProperty {
    /** The hang guard for one render of all formats; the seed report renders in about a second. */
    static final Duration RENDER_LIMIT = Duration.ofSeconds(20);
    private static final SAXParserFactory SAX = SAXParserFactory.newInstance();

    static {
        SAX.setNamespaceAware(true);
    }

    private RenderProperty() {}

    static void holds(Report report, Style style, String what) {
        Bounded.Outcome<Rendered> outcome = Bounded.run(RENDER_LIMIT, "rendering " + what,
                () -> Briefing.withStyle(style).allowingMissingCharacters().render(report, EnumSet.allOf(Format.class)));
        if (outcome.thrown() != null) {
            throw new AssertionError("rendering " + what + " failed: " + Bounded.describe(outcome.thrown()),
                    outcome.thrown());
        }
        Rendered rendered = outcome.value();
        pdfReads(rendered.file(Format.PDF), what + " (PDF)", false);
        pdfReads(rendered.file(Format.SUMMARY), what + " (summary)", true);
        docxReads(rendered.file(Format.DOCX), what + " (DOCX)");
    }

    static void pdfReads(byte[] bytes, String what, boolean onePage) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            new PDFTextStripper().getText(document);
            if (document.getNumberOfPages() < 1 || (onePage && document.getNumberOfPages() != 1)) {
                throw new AssertionError(what + " has " + document.getNumberOfPages() + " pages");
            }
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(what + " does not read back in PDFBox: " + Bounded.describe(e), e);
        }
    }

    /** Opens in POI, then every .xml and .rels part SAX-parses on its own. */
    static void docxReads(byte[] bytes, String what) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            document.getParagraphs().size();
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(what + " does not open in POI: " + Bounded.describe(e), e);
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    byte[] part = zip.readAllBytes();
                    try {
                        SAX.newSAXParser().parse(new ByteArrayInputStream(part), new DefaultHandler());
                    } catch (Exception e) {
                        throw new AssertionError(what + ": part " + name + " is not well-formed XML: "
                                + Bounded.describe(e), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(what + " is not a readable zip: " + Bounded.describe(e), e);
        }
    }
}
