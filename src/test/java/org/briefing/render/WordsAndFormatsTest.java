package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.render.docx.DocxRenderer;
import org.briefing.render.pdf.PdfRenderer;
import org.briefing.render.pdf.PdfSummaryRenderer;
import org.briefing.render.text.MarkdownRenderer;
import org.briefing.render.text.TextRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One report in en-US, en-GB and fr prints Briefing's words, dates, numbers and money as each language does. */
class WordsAndFormatsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/issue-10-words-and-formats.json");

    /**
     * What a reader of each language checks: the date, a large number, money, a qualifier, and
     * Briefing's words; {@code absent} is what must not be printed where the content is not (the
     * summaries), {@code foreignWords} what must not be printed anywhere (Briefing's words in another language).
     */
    record Expected(String language, List<String> everywhere, List<String> inDocuments, String footerWord,
            List<String> absent) {
        List<String> foreignWords() {
            return language.startsWith("en") ? List.of("Sommaire", "Chiffres clés", "Annexe")
                    : List.of("Key figures", "Key points", "Contents", "Appendix", "Page 1 of");
        }
    }

    static List<Expected> languages() {
        return List.of(
                new Expected("en-US", List.of("April 1, 2022", "8.12 million", "over 30", "about $2.5 million",
                        "Key figures", "Key points", "Contents", "Appendix A"), List.of("Summary", "Table 1.1"),
                        " of ", List.of("1 April 2022")),
                new Expected("en-GB", List.of("1 April 2022", "8.12 million", "over 30", "about US$2.5 million",
                        "Key figures", "Key points", "Contents", "Appendix A"), List.of("Summary", "Table 1.1"),
                        " of ", List.of("April 1, 2022")),
                new Expected("fr", List.of("1 avril 2022", "8,12 millions", "plus de 30", "environ 2,5 millions $US",
                        "Chiffres clés", "Points essentiels", "Sommaire", "Annexe A"),
                        List.of("Résumé", "Tableau 1.1"), " sur ",
                        List.of("April", "Key figures", "Contents", "over 30", "Appendix")));
    }

    private static Plan plan(String language) throws Exception {
        String text = Files.readString(FIXTURE).replace("\"language\": \"en-US\"", "\"language\": \"" + language + "\"");
        return Planner.plan(ReportLoader.loadText(FIXTURE.toString(), text), Seed.style());
    }

    /** Single spaces for every kind of space, so "1 avril" matches whatever space the format wrote. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\u00a0\u202f\u2002]+", " ");
    }

    private static void assertReads(String text, List<String> wanted, List<String> absent, String where) {
        assertReads(text, "", wanted, absent, where);
    }

    /**
     * As above, where the document also prints the report's own words ({@code content}): a wanted
     * string the content holds too ("over 30" in the chapter's text) must appear more often than
     * the content has it, so only Briefing's own formatting can make the check pass.
     */
    private static void assertReads(String text, String content, List<String> wanted, List<String> absent,
            String where) {
        String flat = flat(text);
        String written = flat(content);
        for (String w : wanted) {
            int inContent = count(written, flat(w));
            assertTrue(count(flat, flat(w)) > inContent, where + " should print \"" + w + "\""
                    + (inContent > 0 ? " more than the " + inContent + " time(s) the report's text has it" : "")
                    + ":\n" + flat);
        }
        for (String a : absent) {
            assertFalse(flat.contains(flat(a)), where + " should not print \"" + a + "\":\n" + flat);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    /** The words the report itself writes: its lead, key points and every section's and appendix's text. */
    private static String content(Plan plan) {
        var report = plan.report();
        StringBuilder text = new StringBuilder(report.lead().plainText()).append('\n');
        report.keyPoints().forEach(p -> text.append(p.plainText()).append('\n'));
        java.util.stream.Stream.concat(report.sections().stream(), report.appendices().stream())
                .flatMap(org.briefing.model.Section::selfAndDescendants)
                .forEach(s -> text.append(s.title()).append('\n').append(s.ownText()));
        return text.toString();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void thePdfBriefing(Expected e) throws Exception {
        Plan plan = plan(e.language());
        PdfReadBack pdf = PdfReadBack.read(PdfRenderer.render(plan).bytes(), List.of());
        String text = String.join("\n", pdf.pageTexts());
        assertReads(text, content(plan), concat(e.everywhere(), e.inDocuments()), e.foreignWords(), e.language() + " PDF");
        String lastPage = pdf.linesOf(pdf.pageTexts().size() - 1);
        assertTrue(flat(lastPage).contains(e.footerWord()), e.language() + " footer: " + lastPage);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theDocxHandout(Expected e) throws Exception {
        Plan plan = plan(e.language());
        byte[] bytes = DocxRenderer.render(plan, PdfRenderer.render(plan).pages());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertReads(extractor.getText(), content(plan), concat(e.everywhere(), e.inDocuments()), e.foreignWords(),
                    e.language() + " DOCX");
            String footers = docx.getFooterList().stream().map(f -> f.getText()).collect(Collectors.joining("\n"));
            assertTrue(flat(footers).contains(e.footerWord()), e.language() + " DOCX footer: " + footers);
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theOnePageSummary(Expected e) throws Exception {
        Plan plan = plan(e.language());
        PdfReadBack pdf = PdfReadBack.read(PdfSummaryRenderer.render(plan).bytes(), List.of());
        List<String> wanted = concat(e.everywhere().stream().filter(w -> !w.equals("Contents") && !w.equals("Sommaire")
                && !w.startsWith("Appendix") && !w.startsWith("Annexe")).toList(), List.of(plan.words().fullBriefing()));
        assertReads(String.join("\n", pdf.pageTexts()), wanted, concat(e.absent(), e.foreignWords()),
                e.language() + " summary PDF");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theTerminalSummaryInTextAndMarkdown(Expected e) throws Exception {
        Plan plan = plan(e.language());
        String period = plan.words().labelled(plan.words().period(), "2022");
        List<String> absent = concat(e.absent(), e.foreignWords());
        assertReads(TextRenderer.render(plan, 100), concat(e.everywhere(), List.of(period)), absent,
                e.language() + " text summary");
        assertReads(MarkdownRenderer.render(plan), concat(e.everywhere(), List.of(period)), absent,
                e.language() + " Markdown summary");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
