package org.briefing.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefing.Seed;
import org.junit.jupiter.api.Test;

/** The plan numbers, letters, labels and words out key figures once, for every format. */
class PlannerTest {
    private final Plan plan = Seed.plan();

    @Test
    void sectionsAreNumberedAndAppendicesLettered() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"),
                plan.sections().stream().map(PlannedSection::number).toList());
        assertEquals("2\u2002Freedom of Movement", plan.sections().get(1).heading());
        assertEquals(List.of("Appendix A \u2014 Chronology of 2022", "Appendix B \u2014 Glossary",
                        "Appendix C \u2014 Questions and answers", "Appendix D \u2014 Documents referred to"),
                plan.appendices().stream().map(PlannedSection::heading).toList());
    }

    @Test
    void tablesAreLabelledBySectionOrAppendix() {
        assertEquals("Table A.1", plan.tableLabels().get("chronology-table"));
        assertEquals(plan.tableLabels().size(), plan.tableLabels().values().stream().distinct().count());
    }

    @Test
    void contentsListSummaryKeyFiguresThenSectionsThenAppendices() {
        List<String> entries = plan.contents().stream().map(TocEntry::text).toList();
        assertEquals("Summary", entries.get(0));
        assertEquals("Key figures", entries.get(1));
        assertEquals("1\u2002Overview", entries.get(2));
        assertEquals("Appendix D \u2014 Documents referred to", entries.get(entries.size() - 1));
    }

    @Test
    void keyFiguresAreWrittenOutByTypeAndLocale() {
        Map<String, String> values = plan.keyFigures().stream()
                .collect(Collectors.toMap(f -> f.figure().id(), PlannedFigure::valueWithUnit));
        assertEquals("over 30 missile tests", values.get("missile-tests"));
        assertEquals("8.12 million doses", values.get("covax-doses-allocated"));
        assertEquals("just over 1,000 North Koreans", values.get("fled-to-south-2019"));
        assertEquals("42 North Koreans", values.get("reached-south-korea-2022"));
        assertEquals("1\u20132 km", values.get("buffer-zones"));
        assertEquals("up to 3 months", values.get("uiju-quarantine"));
        assertEquals("April 1, 2022", values.get("hrc-resolution"));
        assertEquals(4, plan.headlineFigures().size());
        assertEquals("January 12, 2023", plan.date());
    }

    @Test
    void aSectionTitledLikeABuiltInHeadingGetsItsOwnBookmark() throws Exception {
        var report = org.briefing.load.ReportLoader.loadText("t.json", """
                { "metadata": { "title": "T", "organization": "O", "date": "2023-01-12", "language": "en" },
                  "lead": "L.", "keyFigures": [ { "label": "F", "type": "count", "value": 1, "source": { "section": "summary" } } ],
                  "sections": [ { "title": "Summary", "blocks": [ "x" ] }, { "title": "Key figures", "blocks": [ "y" ] } ] }
                """);
        Plan planned = Planner.plan(report, org.briefing.Seed.style());
        List<String> bookmarks = planned.contents().stream().map(e -> e.anchor().bookmark()).toList();
        assertEquals(bookmarks.size(), bookmarks.stream().distinct().count(), bookmarks.toString());
        List<String> names = planned.contents().stream().map(e -> e.anchor().name()).toList();
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    }

    @Test
    void wordBookmarksAreWordSafe() {
        plan.allSections().forEach(s -> {
            String bookmark = s.anchor().bookmark();
            assertEquals(true, bookmark.matches("[A-Za-z][A-Za-z0-9_]{0,39}"), bookmark);
        });
    }
}
