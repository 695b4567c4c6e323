package org.briefing.model;

import java.util.List;
import java.util.stream.Collectors;

/** A run of text with inline emphasis, strong text and links. */
public record Inline(List<Span> spans) {

    public Inline {
        spans = List.copyOf(spans);
    }

    public static Inline plain(String text) {
        return new Inline(List.of(new Span.Text(text)));
    }

    /** The words a reader sees, without markup. */
    public String plainText() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    /** One piece of inline text. */
    public sealed interface Span {
        String text();

        record Text(String text) implements Span {}

        record Emphasis(String text) implements Span {}

        record Strong(String text) implements Span {}

        record Link(String text, String href) implements Span {}
    }
}
