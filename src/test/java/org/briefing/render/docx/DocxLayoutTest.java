package org.briefing.render.docx;

import org.briefing.DocxParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.load.ReportLoader;
import org.briefing.model.Block;
import org.briefing.model.Inline;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.render.pdf.PdfRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports of other shapes than the seed, their handouts laid out by LibreOffice and read back
 * with PDFBox: a long short title in the running header, a table of recommendations with short
 * numeric columns beside a long text column.
 */
class DocxLayoutTest {
    private static final Path HEADER = Path.of("src/test/resources/fixtures/issue-9-long-running-header-and-edition.json");
    /** OHCHR's thematic list of Slovenia's UPR recommendations: 32 tables, "140.10" beside long text. */
    private static final Path TABLE = Path.of("src/test/resources/fixtures/real/upr-thematic-list-slovenia-2025.json");
    private static Plan headerPlan;
    private static Plan tablePlan;
    private static byte[] headerPdf;
    private static byte[] tablePdf;

    @BeforeAll
    static void layOut(@TempDir Path folder) throws Exception {
        headerPlan = Planner.plan(ReportLoader.load(HEADER), Seed.style());
        tablePlan = Planner.plan(ReportLoader.load(TABLE), Seed.style());
        Path headerDocx = write(folder, "header.docx", headerPlan);
        Path tableDocx = write(folder, "table.docx", tablePlan);
        List<Path> pdfs = LibreOffice.toPdf(folder, List.of(headerDocx, tableDocx));
        headerPdf = Files.readAllBytes(pdfs.get(0));
        tablePdf = Files.readAllBytes(pdfs.get(1));
    }

    private static Path write(Path folder, String name, Plan plan) throws IOException {
        byte[] bytes = DocxRenderer.render(plan, PdfRenderer.render(plan).pages());
        DocxParts.assertWellFormed(bytes);
        return Files.write(folder.resolve(name), bytes);
    }

    /** A glyph as LibreOffice placed it: its box in points from the page's top left. */
    private record Glyph(int page, String text, float x, float top, float width, float height, float size) {
        boolean overlaps(Glyph other) {
            float ix = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
            float iy = Math.min(top + height, other.top + other.height) - Math.max(top, other.top);
            // As ../shared/tools/overlaps counts them: most of the lower box's height, a good part of its width.
            return ix > 0.3f * Math.min(width, other.width) && iy > 0.6f * Math.min(height, other.height);
        }
    }

    private static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                                    p.getYDirAdj() - p.getHeightDir(), p.getWidthDirAdj(), p.getHeightDir(),
                                    p.getXScale()));
                        }
                    }
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }

    /** The running header's glyphs: the style's small size, in the top margin of a page after the cover. */
    private static List<Glyph> headerGlyphs(int page, List<Glyph> all) {
        float small = (float) headerPlan.style().sizes().small().points();
        float top = (float) headerPlan.style().page().margins().top().points();
        return all.stream().filter(g -> g.page() == page && g.top() < top && Math.abs(g.size() - small) < 0.3f)
                .toList();
    }

    /** Both parts whole on every page, side by side in their own shares, no glyph over another. */
    @Test
    void theRunningHeadersTwoPartsNeverTouch() throws IOException {
        List<Glyph> all = glyphs(headerPdf);
        int pages = all.stream().mapToInt(Glyph::page).max().orElse(0);
        assertTrue(pages >= 3, "cover, contents and body");
        var m = headerPlan.report().metadata();
        for (int page = 2; page <= pages; page++) {
            List<Glyph> header = headerGlyphs(page, all);
            StringBuilder text = new StringBuilder();
            header.forEach(g -> text.append(g.text()));
            String flat = text.toString();
            String left = m.shortTitle().replaceAll("\\s", "");
            String right = m.edition().orElseThrow().replaceAll("\\s", "");
            assertEquals(left + right, flat, "page " + page + " shows both parts, whole, in order");
            // Each keeps its share: the left part's glyphs all end before the right part's begin.
            float leftEnd = (float) header.subList(0, left.length()).stream().mapToDouble(g -> g.x() + g.width()).max()
                    .orElseThrow();
            float rightStart = (float) header.subList(left.length(), header.size()).stream().mapToDouble(Glyph::x).min()
                    .orElseThrow();
            assertTrue(leftEnd < rightStart, "page " + page + ": the short title reaches x=" + leftEnd
                    + ", past the edition's start at x=" + rightStart);
            for (int i = 0; i < header.size(); i++) {
                for (int j = i + 1; j < header.size(); j++) {
                    Glyph a = header.get(i);
                    Glyph b = header.get(j);
                    assertTrue(!a.overlaps(b), "page " + page + ": '" + a.text() + "' and '" + b.text()
                            + "' are drawn over each other at " + a.x() + "," + a.top());
                }
            }
        }
    }

    /**
     * Every word of every cell stays whole on one line: the words of the laid-out pages, counted,
     * hold each cell word as often as the cells do. A word may still break after a hyphen or a
     * slash, where every layout may break a line, so words are counted in those pieces.
     */
    @Test
    void noCellWordIsBrokenAcrossLines() {
        List<Block.Table> tables = java.util.stream.Stream.concat(tablePlan.sections().stream(),
                        tablePlan.appendices().stream())
                .flatMap(org.briefing.plan.PlannedSection::selfAndDescendants)
                .flatMap(s -> s.section().blocks().stream())
                .filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
        Map<String, Integer> wanted = new HashMap<>();
        for (Block.Table table : tables) {
            for (List<Inline> row : table.rows()) {
                row.forEach(cell -> pieces(cell.plainText()).forEach(p -> wanted.merge(p, 1, Integer::sum)));
            }
        }
        Map<String, Integer> laidOut = new HashMap<>();
        PdfReadBack.read(tablePdf, List.of()).pageTexts()
                .forEach(page -> pieces(page).forEach(p -> laidOut.merge(p, 1, Integer::sum)));
        List<String> broken = new ArrayList<>();
        wanted.forEach((piece, count) -> {
            if (laidOut.getOrDefault(piece, 0) < count) {
                broken.add(piece);
            }
        });
        assertEquals(List.of(), broken.stream().sorted().toList(), "cell words broken across lines");
        assertTrue(tables.size() > 10 && wanted.containsKey("140.10"), "the fixture has the tokens it is about");
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        // A non-breaking hyphen may come back from the laid-out page as a plain one.
        for (String word : text.replace('\u2011', '-').split("\\s+")) {
            for (String piece : word.split("(?<=[-/])")) {
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
            }
        }
        return pieces;
    }
}
