package org.briefing.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefing.Seed;
import org.briefing.model.Block;
import org.briefing.model.FigureValue;
import org.briefing.model.KeyFigure;
import org.briefing.model.Report;
import org.briefing.model.Section;
import org.junit.jupiter.api.Test;

/**
 * The seed report is the chapter, cleaned of the scrape's faults, and nothing else. The scrape
 * itself (web junk included) is kept in test resources so the check runs on a clean clone.
 */
class SeedReportTest {
    private static final Path SCRAPE = Path.of("src/test/resources/seed/world-report-2023-north-korea.txt");
    private final Report report = Seed.report();

    /** All the words a reader can see anywhere in the report. */
    private String allText() {
        StringBuilder text = new StringBuilder(report.lead().plainText());
        report.keyPoints().forEach(p -> text.append('\n').append(p.plainText()));
        report.keyFigures().forEach(f -> text.append('\n').append(f.label()).append(' ')
                .append(f.note().orElse("")).append(' ').append(f.source().quote().orElse("")));
        report.allSections().forEach(s -> {
            text.append('\n').append(s.title()).append('\n').append(s.ownText());
            s.blocks().forEach(b -> {
                if (b instanceof Block.Table t) {
                    text.append(t.caption());
                    t.columns().forEach(c -> text.append(' ').append(c.header()));
                }
            });
        });
        return text.toString();
    }

    @Test
    void hasTheOpeningAndTheSixThematicSections() {
        assertEquals(List.of("Overview", "Freedom of Movement", "Right to Health",
                "Freedom of Expression and Information", "Forced Labor", "At-Risk Groups", "Key International Actors"),
                report.sections().stream().map(Section::title).toList());
        assertEquals(List.of("Chronology of 2022", "Glossary", "Questions and answers", "Documents referred to"),
                report.appendices().stream().map(Section::title).toList());
    }

    @Test
    void noJunkFromAfterTheFaq() throws IOException {
        List<String> lines = Files.readAllLines(SCRAPE, StandardCharsets.UTF_8);
        int junkStart = lines.indexOf("Top Articles");
        assertTrue(junkStart > 0, "the scrape has its 'Top Articles' block");
        String text = allText();
        List<String> leaked = lines.subList(junkStart, lines.size()).stream()
                .map(String::strip)
                .filter(line -> line.length() >= 12)
                .filter(text::contains)
                .toList();
        assertEquals(List.of(), leaked, "lines of web junk found in the report");
        for (String word : List.of("Top Articles", "Roblox", "Craigslist", "Quitzon", "Teenleaks", "Calligraphy")) {
            assertFalse(text.contains(word), word);
        }
    }

    @Test
    void theFaqOnlyAppearsInItsMarkedAppendix() {
        String chapter = report.sections().stream().map(Section::ownText).collect(Collectors.joining());
        assertFalse(chapter.contains("often considered to be among the worst"));
        Section qa = report.appendices().get(2);
        assertTrue(qa.blocks().get(0) instanceof Block.Callout c && c.title().orElse("").contains("Not part of"));
        String answers = qa.ownText().toLowerCase(Locale.ROOT);
        for (String dropped : List.of("tampon", "condom", "birth control", "travel to north korea", "2024", "allies")) {
            assertFalse(answers.contains(dropped), dropped);
        }
    }

    @Test
    void noGluedWordsRemain() {
        String text = allText();
        for (String glued : List.of("governmentmaintained", "enforcementof", "unconditionallyshoot", "sightanyone",
                "andresumednormal", "systematicallyrequiresforced", "andprisonersat", "Sincepunishment",
                "imposeshuman", "sanctionson")) {
            assertFalse(text.contains(glued), glued);
        }
        assertTrue(text.contains("The government maintained heightened enforcement of a ban"));
        assertTrue(text.contains("imposes human rights-related sanctions on North Korean"));
    }

    @Test
    void theChapterTextIsAsGivenApartFromTheGluedWords() throws IOException {
        String scrape = Files.readString(SCRAPE, StandardCharsets.UTF_8);
        String chapter = scrape.substring(0, scrape.indexOf("Japan continues to demand"));
        for (Section section : report.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    String text = p.text().plainText();
                    boolean verbatim = chapter.contains(text) || scrape.contains(text);
                    boolean repaired = text.contains("government maintained") || text.contains("unconditionally shoot")
                            || text.contains("and resumed normal") || text.contains("systematically requires forced")
                            || text.contains("Since punishment") || text.contains("imposes human rights-related");
                    assertTrue(verbatim || repaired, "paragraph not from the chapter: " + text);
                }
            }
        }
    }

    @Test
    void atLeastTenKeyFiguresEachWithItsValueInTheSectionItCites() {
        assertTrue(report.keyFigures().size() >= 10, "key figures: " + report.keyFigures().size());
        Map<String, Section> sections = report.allSections().collect(Collectors.toMap(Section::id, s -> s));
        for (KeyFigure figure : report.keyFigures()) {
            Section source = sections.get(figure.source().sectionId());
            String text = source.ownText();
            assertTrue(statedIn(figure.value(), text),
                    figure.id() + ": its value is not stated in section " + source.id());
        }
    }

    /** The value as the text writes it: digits ("8.12 million", "1,000"), number words ("three") or the date. */
    private static boolean statedIn(FigureValue value, String text) {
        return switch (value) {
            case FigureValue.Count c -> numberIn(c.count(), text);
            case FigureValue.Range r -> numberIn(r.low().longValue(), text) && numberIn(r.high().longValue(), text);
            case FigureValue.DateValue d -> text.contains(String.valueOf(d.date().get(java.time.temporal.ChronoField.YEAR)));
            default -> true;
        };
    }

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private static boolean numberIn(long n, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (n < WORDS.size() && lower.matches("(?s).*\\b" + WORDS.get((int) n) + "\\b.*")) {
            return true;
        }
        if (n >= 1_000_000) {
            String millions = new java.math.BigDecimal(n).movePointLeft(6).stripTrailingZeros().toPlainString();
            return text.contains(millions + " million");
        }
        return text.matches("(?s).*\\b" + String.format(Locale.US, "%,d", n) + "\\b.*")
                || text.matches("(?s).*\\b" + n + "\\b.*");
    }

    @Test
    void everyIdIsUniqueAndReadable() {
        List<String> ids = new java.util.ArrayList<>();
        report.allSections().forEach(s -> ids.add(s.id()));
        report.keyFigures().forEach(f -> ids.add(f.id()));
        report.allSections().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Table).forEach(b -> ids.add(((Block.Table) b).id()));
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids: " + ids);
        ids.forEach(id -> assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id));
    }
}
