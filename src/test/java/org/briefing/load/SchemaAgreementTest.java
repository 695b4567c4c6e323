package org.briefing.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.briefing.diag.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code schema/report.schema.json} (what editors check) and the loader (what Briefing checks) agree:
 * the valid reports pass both, and every invalid report fixture fails both, except the few whose
 * fault only the loader can see; for those the schema must still accept the file, so the list below
 * stays honest when the schema learns more.
 */
class SchemaAgreementTest {
    private static final Path SCHEMA = Path.of("schema/report.schema.json");
    private static final Path REPORTS = Path.of("src/test/resources/invalid/reports");

    /**
     * Faults that JSON Schema cannot express, so a schema-valid file has them and only the loader
     * rejects it:
     * <ul>
     * <li>duplicate ids: uniqueness across the whole tree, and ids derived from titles, are beyond
     *     {@code uniqueItems} (which compares whole items, within one array);</li>
     * <li>a ragged table row: a row's length must equal the length of a sibling array
     *     ({@code columns}); a schema cannot compare two values of the instance;</li>
     * <li>a key-figure source naming a section that doesn't exist, or quoting words that are not in
     *     that section: cross-references into other parts of the document;</li>
     * <li>an impossible date such as 2023-02-30: the schema checks the YYYY-MM-DD shape with a
     *     pattern; calendar validity would need {@code format: date} asserted, which 2020-12
     *     treats as an annotation only.</li>
     * <li>numbers beyond Briefing's decimals, significant digits or written length, or with an
     *     exponent no double holds: validators read numbers as binary doubles ({@code 1e-999999999}
     *     becomes 0), and {@code multipleOf: 0.000001} fails valid values such as 0.3 in
     *     floating-point validators, so the schema states only the magnitude (below 1e15);</li>
     * <li>a lone surrogate: a pattern cannot name one without also matching half of every emoji in
     *     the validators editors use (ECMAScript regular expressions without the {@code u} flag);</li>
     * <li>sections nested deeper than 6: the section definition is recursive, and counting its depth
     *     would take six copies of it.</li>
     * </ul>
     */
    private static final Set<String> LOADER_ONLY = Set.of(
            "duplicate-section-ids",
            "duplicate-derived-id",
            "ragged-table-row",
            "key-figure-source-missing-section",
            "key-figure-quote-not-in-section",
            "impossible-date",
            "number-with-18-significant-digits",
            "number-with-a-billion-decimals",
            "number-written-with-45-characters",
            "percent-with-a-million-decimals",
            "range-low-with-huge-exponent",
            "lone-surrogate-in-author",
            "section-depth-7");

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        schema = registry.getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"source-json/north-korea-2023.json", "src/test/resources/valid/minimal-report.json"})
    void validReportsPassTheSchemaAndTheLoader(String file) throws IOException {
        Path path = Path.of(file);
        List<String> errors = schemaErrors(path);
        assertAll(
                () -> assertEquals(List.of(), errors, "schema errors for " + file),
                () -> ReportLoader.load(path));
    }

    static Stream<String> invalidReports() throws IOException {
        return InvalidReportTest.fixtureNames(REPORTS).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReports")
    void invalidReportsFailTheLoaderAndTheSchemaUnlessOnlyTheLoaderCanTell(String name) throws IOException {
        Path path = REPORTS.resolve(name + ".json");
        List<String> errors = schemaErrors(path);
        assertAll(
                () -> assertThrows(InvalidInputException.class, () -> ReportLoader.load(path),
                        "the loader must reject " + path),
                () -> {
                    if (LOADER_ONLY.contains(name)) {
                        assertEquals(List.of(), errors, name + " is listed as loader-only, but the schema rejects it;"
                                + " take it off LOADER_ONLY");
                    } else {
                        assertFalse(errors.isEmpty(), "the schema must reject " + path);
                    }
                });
    }

    @Test
    void everyLoaderOnlyNameIsAFixture() throws IOException {
        List<String> fixtures = InvalidReportTest.fixtureNames(REPORTS);
        for (String name : LOADER_ONLY) {
            assertTrue(fixtures.contains(name), "LOADER_ONLY names a fixture that does not exist: " + name);
        }
    }

    /**
     * The schema's errors for a file. Text that is not JSON at all (the malformed fixture) cannot be
     * checked against a schema; it counts as rejected, with the parser's complaint as its one error.
     */
    private static List<String> schemaErrors(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return schema.validate(text, InputFormat.JSON).stream()
                    .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                    .toList();
        } catch (RuntimeException notJson) {
            if (isJson(text)) {
                throw notJson;
            }
            return List.of("not JSON: " + notJson.getMessage());
        }
    }

    private static boolean isJson(String text) {
        try (tools.jackson.core.JsonParser parser = tools.jackson.core.json.JsonFactory.builder().build()
                .createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
            while (parser.nextToken() != null) {
                // read to the end
            }
            return true;
        } catch (tools.jackson.core.JacksonException e) {
            return false;
        }
    }
}
