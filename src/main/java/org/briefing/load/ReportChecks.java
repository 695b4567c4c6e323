package org.briefing.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.json.NearMiss;
import org.briefing.model.Section;

/** Checks what a schema cannot: unique ids, and key-figure sources that exist and say what is quoted. */
final class ReportChecks {
    private ReportChecks() {}

    static void check(ReportReader reader, Problems problems) {
        uniqueIds(reader.ids(), problems);
        Map<String, Section> sections = reader.sectionsRead().stream()
                .collect(Collectors.toMap(Section::id, s -> s, (a, b) -> a));
        // Each section's text normalised once, however many figures quote it.
        Map<String, String> normalized = new HashMap<>();
        for (KeyFigureReader.Read read : reader.figuresRead()) {
            String sectionId = read.figure().source().sectionId();
            Section section = sections.get(sectionId);
            if (section == null) {
                Set<String> known = sections.keySet();
                problems.error(read.sectionAt(), "no section or appendix has the id " + Quoted.of(sectionId),
                        NearMiss.suggest(sectionId, known).map(s -> "did you mean " + Quoted.of(s) + "?").orElse(null));
                continue;
            }
            read.figure().source().quote().ifPresent(quote -> {
                String text = normalized.computeIfAbsent(sectionId, id -> normalize(section.ownText()));
                if (!text.contains(normalize(quote))) {
                    problems.error(read.quoteAt(), "the quote is not in section " + Quoted.of(sectionId),
                            "copy the words exactly as the section has them");
                }
            });
        }
    }

    private static void uniqueIds(Ids ids, Problems problems) {
        Map<String, Ids.Use> first = new HashMap<>();
        for (Ids.Use use : ids.uses()) {
            Ids.Use earlier = first.putIfAbsent(use.id(), use);
            if (earlier != null) {
                problems.error(use.location(), "duplicate id " + Quoted.of(use.id()) + ": the " + use.what()
                        + " here and the " + earlier.what() + " at line " + earlier.location().line() + " share it",
                        use.location().pointer().endsWith("/id") ? "ids must be unique within a report"
                                : "give one of them its own \"id\"");
            }
        }
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
