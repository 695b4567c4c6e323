package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.load.ReportLoader;
import org.briefing.plan.Planner;
import org.junit.jupiter.api.Test;

/** A table of hundreds of rows (laid out in segments) reads as one table: every row, one header per page. */
class PdfLongTableTest {

    @Test
    void aLongTableHasEveryRowAndOneHeaderRowOnEachOfItsPages() throws Exception {
        String rows = IntStream.rangeClosed(1, 230)
                .mapToObj(i -> "[\"Row " + i + "\", \"Event number " + i + " of the long table\"]")
                .collect(Collectors.joining(","));
        String report = """
                { "metadata": { "title": "Long", "organization": "O", "date": "2023-01-12", "language": "en" },
                  "lead": "Lead.",
                  "sections": [ { "title": "Events", "blocks": [ "Before the table.",
                    { "type": "table", "caption": "Events", "columns": [ { "header": "When" }, { "header": "What" } ],
                      "rows": [ %s ] } ] } ] }
                """.formatted(rows);
        var plan = Planner.plan(ReportLoader.loadText("long.json", report), Seed.style());
        PdfRenderer.Result result = PdfRenderer.render(plan);
        PdfReadBack pdf = PdfReadBack.read(result.bytes(), result.warnings());
        String text = pdf.flatText();
        for (int i = 1; i <= 230; i++) {
            assertTrue(text.contains("Row " + i + " Event number " + i + " of the long table"), "row " + i);
        }
        int tablePages = 0;
        for (int page = 2; page < pdf.pageTexts().size(); page++) {
            String lines = pdf.pageTexts().get(page);
            if (lines.contains("Event number")) {
                tablePages++;
                assertEquals(1, lines.lines().filter(l -> l.strip().equals("When What")).count(),
                        "one header row on page " + pdf.labels().get(page));
            }
        }
        assertTrue(tablePages >= 5, "the table spans several pages: " + tablePages);
    }
}
