package org.briefing.render.docx;

import org.briefing.DocxParts;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefing.Seed;
import org.briefing.model.Metadata;
import org.briefing.model.Report;
import org.briefing.plan.PageNumbers;
import org.briefing.plan.Planner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Characters XML cannot carry never reach a part: the loader refuses them, and should one slip
 * through, the renderer fails naming the property instead of writing a docProps/core.xml that does not parse.
 */
class DocxMetadataTest {
    private static Report withMetadata(Metadata m) {
        Report seed = Seed.report();
        return new Report(m, seed.lead(), seed.keyPoints(), seed.keyFigures(), seed.sections(), seed.appendices());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFFFF", "\uFFFE", "\u0001", "\u0000", "\uD800", "\uDC00x"})
    void aTitleXmlCannotCarryIsRefusedByName(String bad) {
        Metadata m = Seed.report().metadata();
        Metadata broken = new Metadata("North Korea" + bad, m.subtitle(), m.shortTitle(), m.organization(), m.date(),
                m.period(), m.edition(), m.language(), m.authors(), m.keywords(), m.classification(), m.source());
        var plan = Planner.plan(withMetadata(broken), Seed.style());
        var e = assertThrows(IllegalArgumentException.class, () -> DocxRenderer.render(plan, new PageNumbers(java.util.Map.of())));
        assertTrue(e.getMessage().contains("title"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFFFF", "\u000B"})
    void keywordsXmlCannotCarryAreRefusedByName(String bad) {
        Metadata m = Seed.report().metadata();
        Metadata broken = new Metadata(m.title(), m.subtitle(), m.shortTitle(), m.organization(), m.date(),
                m.period(), m.edition(), m.language(), m.authors(), List.of("human rights", "a" + bad), m.classification(),
                m.source());
        var plan = Planner.plan(withMetadata(broken), Seed.style());
        var e = assertThrows(IllegalArgumentException.class, () -> DocxRenderer.render(plan, new PageNumbers(java.util.Map.of())));
        assertTrue(e.getMessage().contains("keywords"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tab\tand newline\nstay", "Emoji \uD83C\uDF0D and \u00e9", "<&>\"'"})
    void textXmlCanCarryIsWrittenAndParses(String fine) {
        Metadata m = Seed.report().metadata();
        Metadata odd = new Metadata(m.title(), m.subtitle(), m.shortTitle(), fine, m.date(),
                m.period(), m.edition(), m.language(), m.authors(), List.of(fine), m.classification(), m.source());
        var plan = Planner.plan(withMetadata(odd), Seed.style());
        assertTrue(DocxParts.assertWellFormed(assertDoesNotThrow(plan)).contains("docProps/core.xml"));
    }

    private static byte[] assertDoesNotThrow(org.briefing.plan.Plan plan) {
        try {
            return DocxRenderer.render(plan, new PageNumbers(java.util.Map.of()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
