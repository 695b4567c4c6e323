package org.briefing.layout;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.Seed;
import org.briefing.diag.InvalidInputException;
import org.briefing.engine.Briefing;
import org.briefing.engine.Format;
import org.briefing.engine.Rendered;
import org.briefing.load.ReportLoader;
import org.briefing.model.Report;
import org.briefing.style.Style;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generic layout check ({@link LayoutCheck}) over every report fixture in every shipped
 * style: the PDF briefing and the one-page summary. Reports are found, not listed: every .json
 * under src/test/resources/fixtures/ (but fixtures/fuzz/, inputs made to break the loader and
 * replayed by FuzzFixturesTest), src/test/resources/valid/ (but its styles/) and source-json/.
 */
class LayoutTest {
    private static final List<Path> REPORT_FOLDERS = List.of(Path.of("src/test/resources/fixtures"),
            Path.of("src/test/resources/valid"), Path.of("source-json"));
    private static final Path FUZZ_FIXTURES = Path.of("src/test/resources/fixtures/fuzz");
    /** Edge styles, not reports (StyleBoundsTest renders reports in them). */
    private static final Path VALID_STYLES = Path.of("src/test/resources/valid/styles");
    /** At most this many findings are printed per document, then how many more there are. */
    private static final int SHOWN = 12;

    static Stream<Arguments> reportsAndStyles() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Path report : reports()) {
            for (String style : styles()) {
                cases.add(Arguments.of(report.toString(), style));
            }
        }
        return cases.stream();
    }

    static List<Path> reports() throws IOException {
        List<Path> reports = new ArrayList<>();
        for (Path folder : REPORT_FOLDERS) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".style.json"))
                        .filter(f -> !f.startsWith(FUZZ_FIXTURES) && !f.startsWith(VALID_STYLES)).sorted().forEach(reports::add);
            }
        }
        return reports;
    }

    static List<String> styles() throws IOException {
        try (Stream<Path> files = Files.list(Seed.STYLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("reportsAndStyles")
    void pagesHoldTheirLayout(String reportFile, String styleName) throws Exception {
        Report report;
        try {
            report = ReportLoader.load(Path.of(reportFile));
        } catch (InvalidInputException e) {
            // A fixture a tightened check refuses must be fixed, not silently left unchecked.
            fail(reportFile + " is not a valid report, so its layout cannot be checked: " + e.getMessage());
            return;
        }
        Style style = Seed.style(styleName);
        Rendered rendered = Briefing.withStyle(style).render(report, EnumSet.of(Format.PDF, Format.SUMMARY));
        List<String> messages = new ArrayList<>();
        report("PDF briefing", LayoutCheck.check(rendered.file(Format.PDF), style.page().margins(), true), messages);
        report("one-page summary", LayoutCheck.check(rendered.file(Format.SUMMARY), style.page().margins(), false),
                messages);
        if (!messages.isEmpty()) {
            fail(reportFile + " in " + styleName + ":\n" + String.join("\n", messages));
        }
    }

    private static void report(String document, List<String> findings, List<String> messages) {
        for (int i = 0; i < Math.min(SHOWN, findings.size()); i++) {
            messages.add("  " + document + ", " + findings.get(i));
        }
        if (findings.size() > SHOWN) {
            messages.add("  " + document + ": and " + (findings.size() - SHOWN) + " more");
        }
    }
}
