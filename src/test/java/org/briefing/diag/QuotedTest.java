package org.briefing.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotedTest {
    @Test
    void escapesLineBreaksControlsAndQuotes() {
        assertEquals("\"a\\nb\\r\\u0001\\\"c\\\"\"", Quoted.of("a\nb\r\u0001\"c\""));
    }

    @Test
    void keepsLettersOfEveryScriptAndWholeSurrogatePairs() {
        assertEquals("\"관리소 \uD83D\uDE00\"", Quoted.of("관리소 \uD83D\uDE00"));
        assertEquals("\"\\ud83d\"", Quoted.of("\uD83D"));
    }

    @Test
    void cutsLongValues() {
        String quoted = Quoted.of("x".repeat(200_000));
        assertEquals(Quoted.MAX_CHARS + 3, quoted.length());
        assertTrue(quoted.endsWith("…\""));
    }

    @Test
    void aProblemIsOneBoundedLineWhateverItsParts() {
        String huge = "line\n".repeat(50_000);
        Problem problem = Problem.error(new Location("r.json", 3, 4, "/" + huge), huge, huge);
        String line = problem.format();
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertTrue(line.length() < 6 * Problem.MAX_PART, "length " + line.length());
    }
}
