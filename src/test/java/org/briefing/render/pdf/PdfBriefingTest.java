package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.model.Block;
import org.briefing.model.Inline;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.plan.PlannedFigure;
import org.briefing.plan.TocEntry;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The seed's PDF briefing in each shipped style, read back with PDFBox as a reader would check it. */
@ParameterizedClass
@ValueSource(strings = {"briefing", "print", "handout"})
class PdfBriefingTest {
    private static final Pattern TOC_LINE = Pattern.compile("^(.*?)[ .]*?(\\d+|[ivx]+)$");
    private static Plan plan;
    private static PdfReadBack pdf;
    private static java.util.Map<String, Integer> headings;

    @Parameter
    String style;

    /** Renders once per style (the fields stay static so the helpers can read them). */
    @org.junit.jupiter.api.BeforeEach
    void renderOnce() throws Exception {
        if (plan == null || !plan.style().name().equals(style)) {
            render(style);
        }
    }

    static void render(String style) {
        plan = Planner.plan(Seed.report(), Seed.style(style));
        PdfRenderer.Result result = PdfRenderer.render(plan);
        pdf = PdfReadBack.read(result.bytes(), result.warnings());
        headings = pdf.headingPages(2);
    }

    /** The page index (0-based) each contents entry prints, read from the contents page text. */
    private static List<String> printedTocNumbers() {
        List<String> numbers = new ArrayList<>();
        String contents = pdf.linesOf(1);
        for (TocEntry entry : plan.contents()) {
            String wanted = PdfReadBack.flat(entry.text());
            String line = contents.lines().map(PdfReadBack::flat).filter(l -> l.startsWith(wanted))
                    .findFirst().orElseThrow(() -> new AssertionError("no contents line for " + wanted));
            Matcher m = TOC_LINE.matcher(line);
            assertTrue(m.matches(), line);
            numbers.add(m.group(2));
        }
        return numbers;
    }

    /** The body page on which a heading (bold, heading-sized text) is drawn. */
    private static int pageOfHeading(String heading) {
        Integer page = headings.get(PdfReadBack.flat(heading));
        if (page == null || page < 2) {
            throw new AssertionError("heading not found on any body page: " + heading + " in " + headings.keySet());
        }
        return page;
    }

    @Test
    void eachContentsNumberIsTheLabelOfThePageWhereItsHeadingIs() {
        List<String> printed = printedTocNumbers();
        for (int i = 0; i < plan.contents().size(); i++) {
            TocEntry entry = plan.contents().get(i);
            int page = pageOfHeading(entry.text());
            assertEquals(pdf.labels().get(page), printed.get(i), entry.text());
        }
    }

    @Test
    void eachContentsEntryLinksToItsHeadingsPage() throws IOException {
        try (PDDocument document = pdf.open()) {
            PDPage contents = document.getPage(1);
            List<Integer> targets = new ArrayList<>();
            List<Float> tops = new ArrayList<>();
            for (PDAnnotation annotation : contents.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    float top = link.getRectangle().getUpperRightY();
                    if (!tops.isEmpty() && Math.abs(tops.get(tops.size() - 1) - top) < 2) {
                        continue;
                    }
                    var destination = goTo.getDestination();
                    PDPageDestination page = destination instanceof PDNamedDestination named
                            ? document.getDocumentCatalog().findNamedDestinationPage(named)
                            : (PDPageDestination) destination;
                    targets.add(document.getPages().indexOf(page.getPage()));
                    tops.add(top);
                }
            }
            List<Integer> expected = plan.contents().stream().map(e -> pageOfHeading(e.text())).toList();
            assertEquals(expected, targets);
        }
    }

    @Test
    void bookmarksMirrorTheContents() throws IOException {
        try (PDDocument document = pdf.open()) {
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            collect(document, document.getDocumentCatalog().getDocumentOutline().children(), titles, pages);
            assertEquals(plan.contents().stream().map(e -> PdfReadBack.flat(e.text())).toList(), titles);
            assertEquals(plan.contents().stream().map(e -> pageOfHeading(e.text())).toList(), pages);
            assertEquals("UseOutlines", document.getDocumentCatalog().getCOSObject()
                    .getNameAsString(COSName.PAGE_MODE));
        }
    }

    private static void collect(PDDocument document, Iterable<PDOutlineItem> items, List<String> titles,
            List<Integer> pages) throws IOException {
        for (PDOutlineItem item : items) {
            titles.add(PdfReadBack.flat(item.getTitle()));
            pages.add(document.getPages().indexOf(item.findDestinationPage(document)));
            collect(document, item.children(), titles, pages);
        }
    }

    @Test
    void frontMatterIsNumberedInRomanAndTheBodyFromOne() {
        List<String> labels = pdf.labels();
        assertEquals(List.of("i", "ii"), labels.subList(0, 2));
        for (int i = 2; i < labels.size(); i++) {
            assertEquals(String.valueOf(i - 1), labels.get(i));
        }
    }

    @Test
    void everyPageButTheCoverHasTheHeaderAndPageXOfY() {
        String header = plan.report().metadata().shortTitle();
        String lastBody = pdf.labels().get(pdf.labels().size() - 1);
        assertFalse(pdf.pageTexts().get(0).contains("Page "), "the cover has no footer");
        for (int i = 1; i < pdf.pageTexts().size(); i++) {
            String text = pdf.linesOf(i);
            String label = pdf.labels().get(i);
            String of = i < 2 ? "ii" : lastBody;
            assertTrue(text.contains(header), "header on page " + label);
            assertTrue(text.contains("Page " + label + " of " + of), "footer on page " + label + ":\n" + text);
        }
    }

    @Test
    void everyFontIsEmbeddedAndShippedWithTheProject() throws IOException {
        try (PDDocument document = pdf.open()) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+(NotoSans|NotoSerif|DejaVuSans).*"), font.getName());
                }
            }
        }
    }

    @Test
    void metadataComesFromTheReport() throws IOException {
        try (PDDocument document = pdf.open()) {
            var info = document.getDocumentInformation();
            assertEquals("North Korea: Events of 2022", info.getTitle());
            assertEquals("Human Rights Watch", info.getAuthor());
            assertTrue(info.getSubject().contains("World Report 2023"));
            assertTrue(info.getKeywords().contains("human rights"));
            assertEquals(2023, info.getCreationDate().get(java.util.Calendar.YEAR));
            assertEquals(java.util.Calendar.JANUARY, info.getCreationDate().get(java.util.Calendar.MONTH));
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertNotNull(document.getDocumentCatalog().getMetadata(), "XMP metadata");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("North Korea"), xmp);
            assertEquals(1.7f, document.getVersion(), 0.001);
        }
    }

    @Test
    void twoRendersAreByteIdentical() {
        assertArrayEquals(pdf.bytes(), PdfRenderer.render(Planner.plan(Seed.report(), plan.style())).bytes());
    }

    @Test
    void everyWordOfTheContentIsThere() {
        String text = pdf.flatText();
        List<String> missing = new ArrayList<>();
        List<Inline> inlines = new ArrayList<>();
        inlines.add(plan.report().lead());
        inlines.addAll(plan.report().keyPoints());
        plan.report().allSections().forEach(s -> s.blocks().forEach(b -> inlines.addAll(b.inlines())));
        for (Inline inline : inlines) {
            String wanted = PdfReadBack.flat(inline.plainText());
            if (!wanted.isEmpty() && !text.contains(wanted)) {
                missing.add(wanted);
            }
        }
        plan.report().allSections().forEach(s -> s.blocks().forEach(b -> {
            if (b instanceof Block.Table t) {
                String caption = PdfReadBack.flat(t.caption());
                if (!text.contains(caption)) {
                    missing.add(caption);
                }
            }
        }));
        for (PlannedFigure figure : plan.keyFigures()) {
            for (String wanted : List.of(figure.figure().label(), figure.valueWithUnit(), figure.period())) {
                if (!text.contains(PdfReadBack.flat(wanted))) {
                    missing.add(wanted);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(List.of(), pdf.warnings());
    }

    @Test
    void aTableThatBreaksRepeatsItsHeaderRow() {
        int start = pageOfHeading("Appendix A \u2014 Chronology of 2022");
        String next = pdf.pageTexts().get(start + 1);
        assertTrue(next.contains("Kim Jong Un calls on the country to start a vaccination program"),
                "the chronology continues on the next page");
        assertTrue(next.lines().anyMatch(l -> l.strip().equals("Date Event")), next);
    }

    @Test
    void noPageEndsWithAHeading() {
        for (int i = 2; i < pdf.pageTexts().size(); i++) {
            List<String> lines = pdf.pageTexts().get(i).lines().map(PdfReadBack::flat)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Page ") && !l.startsWith("World Report 2023:"))
                    .toList();
            String last = lines.get(lines.size() - 1);
            assertFalse(headings.containsKey(last), "page " + pdf.labels().get(i) + " ends with heading " + last);
        }
    }

    @Test
    void tablesAreLabelledFromThePlan() {
        assertTrue(pdf.flatText().contains(PdfReadBack.flat("Table A.1 Dated events mentioned in the chapter")));
        assertTrue(pdf.flatText().contains(PdfReadBack.flat("Appendix B \u2014 Glossary")));
    }
}
