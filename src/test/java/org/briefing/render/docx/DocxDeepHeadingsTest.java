package org.briefing.render.docx;

import org.briefing.DocxParts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.Seed;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedSection;
import org.briefing.plan.Planner;
import org.briefing.render.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;

/**
 * Sections six deep: each heading in the handout has the Word heading of its own depth, whose
 * outline level puts it in Word's navigation pane and LibreOffice's navigator at that depth.
 */
class DocxDeepHeadingsTest {
    private static final Path SIX_DEEP = Path.of("src/test/resources/fixtures/issue-9-sections-six-deep.json");

    @Test
    void everyHeadingHasTheWordHeadingOfItsDepth() throws Exception {
        Plan plan = Planner.plan(ReportLoader.load(SIX_DEEP), Seed.style());
        byte[] bytes = DocxRenderer.render(plan, PdfRenderer.render(plan).pages());
        DocxParts.assertWellFormed(bytes);
        List<String> expected = new ArrayList<>();
        java.util.stream.Stream.concat(plan.sections().stream(), plan.appendices().stream())
                .flatMap(PlannedSection::selfAndDescendants)
                .forEach(s -> expected.add(s.level() + " " + s.heading().replaceAll("\\s+", " ").strip()));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> found = new ArrayList<>();
            for (XWPFParagraph p : docx.getParagraphs()) {
                String styleId = p.getStyle();
                if (styleId == null || !styleId.startsWith("Heading")) {
                    continue;
                }
                int level = Integer.parseInt(styleId.substring(7));
                var style = docx.getStyles().getStyle(styleId);
                assertEquals("heading " + level, style.getName());
                assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue(), styleId);
                found.add(level + " " + p.getText().replaceAll("\\s+", " ").strip());
            }
            // The summary and key-figures headings come first, at level 1; the sections follow in order.
            assertEquals(expected, found.subList(found.size() - expected.size(), found.size()));
            assertEquals(6, found.stream().mapToInt(f -> Integer.parseInt(f.substring(0, 1))).max().orElse(0));
        }
    }

}
