package org.briefing.render.docx;

import org.briefing.DocxParts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefing.Seed;
import org.briefing.model.Inline;
import org.briefing.plan.PageNumbers;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.plan.PlannedFigure;
import org.briefing.plan.TocEntry;
import org.briefing.render.pdf.PdfRenderer;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The seed's DOCX handout in each shipped style, read back with POI as a Word user would find it. */
@ParameterizedClass
@ValueSource(strings = {"briefing", "print", "handout"})
class DocxHandoutTest {
    private static Plan plan;
    private static PageNumbers pages;
    private static byte[] bytes;
    private static XWPFDocument docx;

    @Parameter
    String style;

    /** Renders once per style (the fields stay static so the helpers can read them). */
    @org.junit.jupiter.api.BeforeEach
    void renderOnce() throws Exception {
        if (plan == null || !plan.style().name().equals(style)) {
            render(style);
        }
    }

    static void render(String style) throws IOException {
        plan = Planner.plan(Seed.report(), Seed.style(style));
        pages = PdfRenderer.render(plan).pages();
        bytes = DocxRenderer.render(plan, pages);
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String flat(String text) {
        return text.replace('\u2002', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Every paragraph of the body, table cells included, in document order. */
    private static List<XWPFParagraph> allParagraphs() {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraphs.add(p);
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> paragraphs.addAll(c.getParagraphs())));
            }
        }
        return paragraphs;
    }

    @Test
    void headingsHaveTheTextsLevelsAndOrderOfTheContents() {
        List<String> headings = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().matches("Heading[1-3]")) {
                headings.add(p.getStyle().substring(7) + " " + flat(p.getText()));
            }
        }
        assertEquals(plan.contents().stream().map(e -> e.level() + " " + flat(e.text())).toList(), headings);
    }

    @Test
    void headingStylesCarryOutlineLevelsForTheNavigationPane() {
        for (int level = 1; level <= 3; level++) {
            var style = docx.getStyles().getStyle("Heading" + level);
            assertEquals("heading " + level, style.getName());
            assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
        }
    }

    @Test
    void everyParagraphUsesANamedStyleOfTheHandout() {
        Set<String> used = allParagraphs().stream().map(XWPFParagraph::getStyle)
                .filter(s -> s != null).collect(Collectors.toSet());
        for (String id : used) {
            assertTrue(docx.getStyles().styleExist(id), "style " + id + " is defined");
        }
        assertTrue(used.containsAll(Set.of("Title", "Subtitle", "Heading1", "BodyText", "ListBullet", "Caption",
                "TOC1", "TableText", "TableHeading", "Callout", "Lead")), used.toString());
        assertTrue(docx.getHeaderList().get(0).getParagraphs().get(0).getStyle().equals("Header"));
        assertTrue(docx.getFooterList().get(0).getParagraphs().get(0).getStyle().equals("Footer"));
    }

    @Test
    void listsAreBackedByNumberingDefinitions() {
        List<XWPFParagraph> items = allParagraphs().stream()
                .filter(p -> "ListBullet".equals(p.getStyle()) || "ListNumber".equals(p.getStyle())).toList();
        assertTrue(items.size() >= plan.report().keyPoints().size());
        for (XWPFParagraph item : items) {
            assertTrue(item.getNumID() != null && docx.getNumbering().numExist(item.getNumID()), item.getText());
            assertTrue(!item.getText().startsWith("\u2022"), "no typed bullet: " + item.getText());
        }
    }

    @Test
    void everyWordOfTheContentIsThere() {
        String text = flat(allParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")));
        List<String> missing = new ArrayList<>();
        List<Inline> inlines = new ArrayList<>();
        inlines.add(plan.report().lead());
        inlines.addAll(plan.report().keyPoints());
        plan.report().allSections().forEach(s -> s.blocks().forEach(b -> inlines.addAll(b.inlines())));
        for (Inline inline : inlines) {
            if (!text.contains(flat(inline.plainText()))) {
                missing.add(inline.plainText());
            }
        }
        for (PlannedFigure figure : plan.keyFigures()) {
            for (String wanted : List.of(figure.figure().label(), figure.valueWithUnit(), figure.period())) {
                if (!text.contains(flat(wanted))) {
                    missing.add(wanted);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void tablesRepeatTheirHeaderAndRowsNeverSplit() {
        List<XWPFTable> tables = docx.getTables().stream()
                .filter(t -> "BriefingTable".equals(t.getStyleID())).toList();
        assertEquals(1 + 2, tables.size(), "key figures, chronology, glossary");
        for (XWPFTable table : tables) {
            assertTrue(table.getRow(0).isRepeatHeader(), "tblHeader on the first row");
            for (XWPFTableRow row : table.getRows()) {
                assertTrue(row.isCantSplitRow(), "cantSplit on every row");
            }
        }
        XWPFTable figures = tables.get(0);
        assertEquals("RIGHT", figures.getRow(1).getCell(1).getParagraphs().get(0).getAlignment().name());
    }

    @Test
    void captionsKeepWithTheirTable() {
        for (int i = 0; i < docx.getBodyElements().size() - 1; i++) {
            if (docx.getBodyElements().get(i + 1) instanceof XWPFTable table && "BriefingTable".equals(table.getStyleID())
                    && docx.getBodyElements().get(i) instanceof XWPFParagraph caption
                    && "Caption".equals(caption.getStyle())) {
                assertTrue(docx.getStyles().getStyle("Caption").getCTStyle().getPPr().isSetKeepNext());
                assertTrue(caption.getText().startsWith("Table "), caption.getText());
            }
        }
    }

    @Test
    void theBodysFooterCountsToABookmarkOnTheBodysLastParagraph() {
        var sections = new ArrayList<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr>();
        docx.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .forEach(p -> sections.add(p.getCTP().getPPr().getSectPr()));
        sections.add(docx.getDocument().getBody().getSectPr());
        assertEquals(3, sections.size(), "cover, front matter, body");
        assertEquals(0, sections.get(0).sizeOfFooterReferenceArray(), "no footer on the cover");
        String frontFooter = footerOf(sections.get(1));
        String bodyFooter = footerOf(sections.get(2));
        assertTrue(frontFooter.contains(" PAGE ") && frontFooter.contains(" PAGEREF _BriefingFrontMatterEnd \\* roman "),
                frontFooter);
        assertTrue(bodyFooter.contains(" PAGE ") && bodyFooter.contains(" PAGEREF _BriefingBodyEnd "), bodyFooter);
        assertTrue(!bodyFooter.contains("NUMPAGES"), "NUMPAGES would count the cover and the contents too");
        List<IBodyElement> body = docx.getBodyElements();
        String last = ((XWPFParagraph) body.get(body.size() - 1)).getCTP().xmlText();
        assertTrue(last.contains("w:name=\"_BriefingBodyEnd\""), last);
    }

    private static String footerOf(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr section) {
        String id = section.getFooterReferenceArray(0).getId();
        return ((org.apache.poi.xwpf.usermodel.XWPFFooter) docx.getRelationById(id)).getParagraphs().get(0).getCTP()
                .xmlText();
    }

    @Test
    void theRunningHeadersPartsSitInTwoCellsThatFillTheTextWidth() {
        var header = docx.getHeaderList().get(0);
        assertEquals(1, header.getTables().size());
        var row = header.getTables().get(0).getRow(0);
        assertEquals(2, row.getTableCells().size());
        var m = plan.report().metadata();
        assertEquals(m.shortTitle(), row.getCell(0).getText());
        assertEquals(m.edition().orElseThrow(), row.getCell(1).getText());
        assertEquals("RIGHT", row.getCell(1).getParagraphs().get(0).getAlignment().name());
        long sum = row.getTableCells().stream().mapToLong(c -> c.getCTTc().getTcPr().getTcW().getW() instanceof
                java.math.BigInteger b ? b.longValue() : 0).sum();
        assertEquals(new DocxStyles(plan.style()).textWidth(), sum, "the two shares are the text width");
    }

    /** As in the PDF: links in the style's link colour, plain (no underline) where that is the text colour. */
    @Test
    void linksLookAsInThePdf() {
        var rPr = docx.getStyles().getStyle("Hyperlink").getCTStyle().getRPr();
        var colours = plan.style().colours();
        assertEquals(colours.link().hex(), rPr.getColorArray(0).xgetVal().getStringValue().toUpperCase());
        boolean plain = colours.link().equals(colours.text());
        assertEquals(!plain, rPr.sizeOfUArray() > 0, "underlined only where links have their own colour");
        if (style.equals("print")) {
            assertTrue(plain, "print's links are plain text in its PDF");
        }
    }

    @Test
    void everyPartIsWellFormedXml() {
        List<String> parts = DocxParts.assertWellFormed(bytes);
        assertTrue(parts.contains("word/header1.xml") && parts.stream().filter(p -> p.startsWith("word/footer")).count() == 2,
                parts.toString());
    }

    @Test
    void contentsEntriesLinkToBookmarksAndShowTheEstimatedPages() {
        List<XWPFParagraph> toc = docx.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC") && !p.getStyle().equals("TOCHeading"))
                .toList();
        assertEquals(plan.contents().size(), toc.size());
        String body = docx.getDocument().xmlText();
        for (int i = 0; i < toc.size(); i++) {
            TocEntry entry = plan.contents().get(i);
            String xml = toc.get(i).getCTP().xmlText();
            String bookmark = entry.anchor().bookmark();
            assertTrue(xml.contains("w:anchor=\"" + bookmark + "\""), xml);
            assertTrue(xml.contains("PAGEREF " + bookmark + " \\h"), xml);
            assertTrue(body.contains("w:name=\"" + bookmark + "\""), "bookmark " + bookmark);
            assertTrue(toc.get(i).getText().endsWith(pages.of(entry.anchor())), toc.get(i).getText());
        }
    }

    @Test
    void pagesAreTheStylesSizeAndTheFrontMatterIsRoman() {
        var section = docx.getDocument().getBody().getSectPr();
        assertEquals("11906", section.getPgSz().getW().toString(), "A4 width in twips");
        assertEquals("16838", section.getPgSz().getH().toString());
        assertEquals("decimal", section.getPgNumType().getFmt().toString());
        String body = docx.getDocument().xmlText();
        assertEquals(2, body.split("w:fmt=\"lowerRoman\"", -1).length - 1, "cover and contents sections");
    }

    @Test
    void corePropertiesComeFromTheReport() {
        var core = docx.getProperties().getCoreProperties();
        assertEquals("North Korea: Events of 2022", core.getTitle());
        assertEquals("Human Rights Watch", core.getCreator());
        assertTrue(core.getSubject().contains("World Report 2023"));
        assertTrue(core.getKeywords().contains("human rights"));
        assertEquals("en", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
        assertEquals(java.time.Instant.parse("2023-01-12T00:00:00Z"), core.getCreated().toInstant());
    }

    @Test
    void theBytesDoNotDependOnTheMachinesTimeZone() throws IOException {
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
            byte[] auckland = DocxRenderer.render(Planner.plan(Seed.report(), plan.style()), pages);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            assertArrayEquals(auckland, DocxRenderer.render(Planner.plan(Seed.report(), plan.style()), pages));
        } finally {
            java.util.TimeZone.setDefault(original);
        }
    }

    @Test
    void twoRendersAreByteIdentical() throws IOException {
        assertArrayEquals(bytes, DocxRenderer.render(Planner.plan(Seed.report(), plan.style()), pages));
    }
}
