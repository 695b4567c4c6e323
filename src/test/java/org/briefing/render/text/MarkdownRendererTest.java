package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.briefing.Seed;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedFigure;
import org.junit.jupiter.api.Test;

/** The seed's summary in Markdown: the expected file, and the structure a Markdown viewer relies on. */
class MarkdownRendererTest {
    private static final Plan PLAN = Seed.plan();
    private static final String MARKDOWN = MarkdownRenderer.render(PLAN);

    @Test
    void theSeedMatchesTheExpectedFile() throws Exception {
        // The expected file is regenerated with -Dbriefing.regenerate=true (see GoldenFile); check the diff by eye.
        GoldenFile.assertMatches("north-korea-2023-summary.md", MARKDOWN);
    }

    @Test
    void titleMetadataAndLeadAreTheFirstBlocks() {
        List<String> blocks = Arrays.asList(MARKDOWN.split("\n\n"));
        assertEquals("# North Korea: Events of 2022", blocks.get(0));
        assertTrue(blocks.get(1).startsWith("Human Rights Watch \u00b7 World Report 2023 \u00b7 January 12, 2023"),
                blocks.get(1));
        assertEquals(PLAN.report().lead().plainText(), blocks.get(2));
        assertEquals("## " + PLAN.words().keyPoints(), blocks.get(3));
        assertEquals(PLAN.report().keyPoints().size(), blocks.get(4).lines().filter(l -> l.startsWith("- ")).count());
    }

    @Test
    void theKeyFiguresAreOneGfmTableWithTheValueColumnRightAligned() {
        List<String> table = MARKDOWN.lines().filter(l -> l.startsWith("|")).toList();
        assertEquals(PLAN.keyFigures().size() + 2, table.size());
        assertTrue(table.get(1).matches("\\| -{3,} \\| -{2,}: \\| -{3,} \\| -{3,} \\|"), table.get(1));
        int start = MARKDOWN.lines().toList().indexOf(table.get(0));
        assertEquals(table, MARKDOWN.lines().toList().subList(start, start + table.size()), "rows are contiguous");
        for (int i = 0; i < PLAN.keyFigures().size(); i++) {
            PlannedFigure figure = PLAN.keyFigures().get(i);
            String[] cells = table.get(i + 2).split("(?<!\\\\)\\|", -1);
            assertEquals(6, cells.length, table.get(i + 2));
            assertEquals(List.of(figure.figure().label(), figure.valueWithUnit(), figure.period(), figure.source()),
                    Arrays.stream(cells, 1, 5).map(String::strip).toList());
        }
    }

    @Test
    void theContentsAreAListOfNumberedSectionsAndLetteredAppendices() {
        List<String> lines = MARKDOWN.lines().toList();
        List<String> contents = lines.subList(lines.indexOf("## " + PLAN.words().contents()) + 2, lines.size());
        assertEquals("- 1 Overview", contents.get(0));
        assertEquals("- Appendix D \u2014 Documents referred to", contents.get(contents.size() - 1));
        assertEquals(PLAN.allSections().count(), contents.size());
        assertFalse(MARKDOWN.contains("\u2002"), "no en space");
        assertTrue(MARKDOWN.endsWith("\n") && !MARKDOWN.endsWith("\n\n"));
    }
}
