package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.model.Inline;
import org.briefing.model.Inline.Span;
import org.junit.jupiter.api.Test;

/** Emphasis, strong text and links as Markdown. */
class MarkdownInlinesTest {

    @Test
    void eachSpanKindHasItsMarkup() {
        Inline inline = new Inline(List.of(new Span.Text("Read "), new Span.Emphasis("this"), new Span.Text(", "),
                new Span.Strong("that"), new Span.Text(" and "), new Span.Link("the report", "https://www.hrw.org/")));
        assertEquals("Read *this*, **that** and [the report](https://www.hrw.org/)", MarkdownInlines.render(inline));
    }

    @Test
    void spacesAtTheEdgesOfEmphasisGoOutsideTheDelimiters() {
        Inline inline = new Inline(List.of(new Span.Text("a"), new Span.Emphasis(" word "), new Span.Text("b")));
        assertEquals("a *word* b", MarkdownInlines.render(inline));
    }

    @Test
    void aTargetWithSpacesOrParenthesesGoesInAngleBrackets() {
        Inline inline = new Inline(List.of(new Span.Link("law", "https://example.org/a (b)")));
        assertEquals("[law](<https://example.org/a%20(b)>)", MarkdownInlines.render(inline));
    }

    @Test
    void onlyTextThatStartsTheBlockIsEscapedAsABlockStart() {
        Inline inline = new Inline(List.of(new Span.Text("1. Not a list; "), new Span.Emphasis("- nor this")));
        assertEquals("1\\. Not a list; *- nor this*", MarkdownInlines.render(inline));
    }
}
