package org.briefing.render.text;

import java.util.regex.Pattern;

/** The output primitives of Markdown: headings, one-line paragraphs and list items, and escaped text. */
final class MarkdownWriter {
    /** An ordered-list marker ("1." or "1)") that would turn the start of a block into a list. */
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    /** An entity or character reference ("&amp;", "&#42;") that a viewer would replace. */
    private static final Pattern REFERENCE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    private final StringBuilder out = new StringBuilder();

    /** An ATX heading ("## Key points"); {@code text} is plain. */
    void heading(int level, String text) {
        blank();
        out.append("#".repeat(level)).append(' ').append(escape(text, true)).append('\n');
        blank();
    }

    /** A paragraph on one line; {@code markdown} is already escaped. */
    void paragraph(String markdown) {
        blank();
        out.append(markdown).append('\n');
        blank();
    }

    /** A bullet list item at {@code depth} (0 = top), indented to its parent's content. */
    void bullet(int depth, String markdown) {
        out.append("  ".repeat(depth)).append("- ").append(markdown).append('\n');
    }

    /** A line as it is, for table rows. */
    void line(String markdown) {
        out.append(markdown).append('\n');
    }

    /** One empty line between blocks, never two and never at the top. */
    void blank() {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            out.append('\n');
        }
    }

    /**
     * Plain text made literal Markdown on one line: characters that start emphasis, code, links,
     * HTML or strikethrough are escaped everywhere, "#" where it could open or close a heading,
     * "&" where it starts a reference, and, when {@code atStart}, what would open a block there
     * (a list marker, a quote, indentation).
     */
    static String escape(String text, boolean atStart) {
        String flat = text.replaceAll("\\s+", " ");
        if (atStart) {
            flat = flat.stripLeading();
        }
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            boolean wordStart = i == 0 || flat.charAt(i - 1) == ' ';
            boolean special = "\\`*_[]<>~".indexOf(c) >= 0 && (c != '>' || (atStart && i == 0))
                    || c == '#' && wordStart
                    || (c == '-' || c == '+') && atStart && i == 0;
            if (special) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        String result = REFERENCE.matcher(escaped).replaceAll("\\\\&");
        return atStart ? LIST_NUMBER.matcher(result).replaceFirst("$1\\\\$2") : result;
    }

    /** Text for a table cell: escaped, with "|" escaped too so that it does not end the cell. */
    static String cell(String text) {
        return escape(text, false).replace("|", "\\|").strip();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
