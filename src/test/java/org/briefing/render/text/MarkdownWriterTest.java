package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Plain text made literal in Markdown, and nothing escaped that needs no escaping. */
class MarkdownWriterTest {

    @Test
    void inlineMarkupCharactersAreEscaped() {
        assertEquals("a \\*star\\*, \\_under\\_, \\`code\\`, \\[link\\], \\<b>, \\~strike\\~ and back\\\\slash",
                MarkdownWriter.escape("a *star*, _under_, `code`, [link], <b>, ~strike~ and back\\slash", false));
    }

    @Test
    void whatWouldOpenABlockIsEscapedOnlyAtTheStart() {
        assertEquals("\\- dash - dash", MarkdownWriter.escape("- dash - dash", true));
        assertEquals("\\+ plus", MarkdownWriter.escape("+ plus", true));
        assertEquals("\\> quote > not", MarkdownWriter.escape("> quote > not", true));
        assertEquals("1\\. first, 2. second", MarkdownWriter.escape("1. first, 2. second", true));
        assertEquals("2022) was the year", MarkdownWriter.escape("2022) was the year", false));
        assertEquals("1.1 Subsection", MarkdownWriter.escape("1.1 Subsection", true));
        assertEquals("indented", MarkdownWriter.escape("    indented", true));
    }

    @Test
    void hashesAndReferencesAreEscapedWhereTheyWouldAct() {
        assertEquals("\\#1 priority in C# \\#", MarkdownWriter.escape("#1 priority in C# #", true));
        assertEquals("R&D and \\&amp; and \\&#42;", MarkdownWriter.escape("R&D and &amp; and &#42;", false));
    }

    @Test
    void textStaysOnOneLine() {
        assertEquals("one two three", MarkdownWriter.escape("one\ntwo\t three", false));
    }

    @Test
    void aPipeInATableCellIsEscaped() {
        assertEquals("yes \\| no", MarkdownWriter.cell("yes | no"));
    }
}
