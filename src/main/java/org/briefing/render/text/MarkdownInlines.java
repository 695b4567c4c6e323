package org.briefing.render.text;

import org.briefing.model.Inline;
import org.briefing.model.Inline.Span;

/** Inline text as Markdown: emphasis in single asterisks, strong in double ones, links with their target. */
final class MarkdownInlines {
    private MarkdownInlines() {}

    /** The inline as the start of a block, on one line. */
    static String render(Inline inline) {
        StringBuilder out = new StringBuilder();
        for (Span span : inline.spans()) {
            boolean atStart = out.isEmpty();
            switch (span) {
                case Span.Text t -> out.append(MarkdownWriter.escape(t.text(), atStart));
                case Span.Emphasis e -> delimited(out, "*", e.text(), "*");
                case Span.Strong s -> delimited(out, "**", s.text(), "**");
                case Span.Link l -> delimited(out, "[", l.text(), "](" + target(l.href()) + ")");
            }
        }
        return out.toString().strip();
    }

    /**
     * Text between delimiters, with its outer spaces moved outside them, because "* word *" is
     * not emphasis in Markdown.
     */
    private static void delimited(StringBuilder out, String open, String text, String close) {
        String flat = text.replaceAll("\\s+", " ");
        String inner = flat.strip();
        if (flat.startsWith(" ")) {
            out.append(' ');
        }
        if (!inner.isEmpty()) {
            out.append(open).append(MarkdownWriter.escape(inner, false)).append(close);
            if (flat.endsWith(" ")) {
                out.append(' ');
            }
        }
    }

    /** A link target as written, or in angle brackets when it holds spaces or characters that would end it. */
    private static String target(String href) {
        if (href.chars().noneMatch(c -> Character.isWhitespace(c) || "<>()\\".indexOf(c) >= 0)) {
            return href;
        }
        return "<" + href.replaceAll("[\\\\<>]", "\\\\$0").replaceAll("\\s", "%20") + ">";
    }
}
