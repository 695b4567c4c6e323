package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapping and measuring plain text as a terminal shows it. */
class TextWriterTest {

    @Test
    void aParagraphWrapsWithAHangingIndent() {
        TextWriter out = new TextWriter(20);
        out.wrapped("  - ", "one two three four five six seven", 4);
        assertEquals("  - one two three\n    four five six\n    seven\n", out.toString());
    }

    @Test
    void aWordWiderThanTheLineIsCut() {
        assertEquals(List.of("see", "https://www.h", "rw.org/x now"),
                TextWriter.wrap("see https://www.hrw.org/x now", 13, 13));
    }

    @Test
    void wideCharactersTakeTwoColumnsAndCombiningMarksNone() {
        assertEquals(4, TextWriter.columns("\uBD81\uD55C"));
        assertEquals(4, TextWriter.columns("Cafe\u0301"));
        assertEquals("  \uBD81\uD55C", TextWriter.padLeft("\uBD81\uD55C", 6));
        assertEquals(List.of("\uBD81\uD55C", "\uC870\uC120"), TextWriter.wrap("\uBD81\uD55C \uC870\uC120", 6, 6));
    }

    @Test
    void blankLinesNeverDoubleUp() {
        TextWriter out = new TextWriter(40);
        out.blank();
        out.line("a");
        out.blank();
        out.blank();
        out.line("b  ");
        assertEquals("a\n\nb\n", out.toString());
    }
}
