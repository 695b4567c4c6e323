package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;

/** The output primitives of plain text: lines, wrapped paragraphs with hanging indents, padded columns. */
final class TextWriter {
    private final StringBuilder out = new StringBuilder();
    private final int width;

    TextWriter(int width) {
        this.width = width;
    }

    int width() {
        return width;
    }

    void line(String text) {
        out.append(text.stripTrailing()).append('\n');
    }

    /** One empty line, never two in a row and never at the top. */
    void blank() {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            out.append('\n');
        }
    }

    /**
     * A paragraph wrapped to the width: the first line starts with {@code prefix} ("  - "), the
     * lines after it are indented by {@code hang} spaces.
     */
    void wrapped(String prefix, String text, int hang) {
        List<String> lines = wrap(text, width - columns(prefix), width - hang);
        for (int i = 0; i < lines.size(); i++) {
            line((i == 0 ? prefix : " ".repeat(hang)) + lines.get(i));
        }
    }

    /**
     * Words packed into lines of at most {@code first} columns, then {@code rest}; a word wider
     * than its line (a long URL) is cut, because a line wider than the terminal breaks the layout
     * more than a cut word does.
     */
    static List<String> wrap(String text, int first, int rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            int room = lines.isEmpty() ? first : rest;
            if (current.length() > 0 && columns(current) + 1 + columns(word) > room) {
                lines.add(current.toString());
                current.setLength(0);
                room = rest;
            }
            while (current.isEmpty() && columns(word) > room) {
                int cut = cut(word, room);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                room = rest;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** {@code text} followed by spaces up to {@code width} columns. */
    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - columns(text)));
    }

    /** Spaces, then {@code text} ending at {@code width} columns. */
    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - columns(text))) + text;
    }

    /**
     * The columns a terminal gives the text: none for combining and format characters, two for
     * wide East Asian characters (Hangul, CJK, full-width forms), one for everything else.
     */
    static int columns(CharSequence text) {
        return text.codePoints().map(TextWriter::columns).sum();
    }

    private static int columns(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF)
                || (c >= 0x20000 && c <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** Where to cut {@code word} so that its start fills at most {@code room} columns (at least one character). */
    private static int cut(String word, int room) {
        int used = 0;
        int index = 0;
        while (index < word.length()) {
            int c = word.codePointAt(index);
            if (used + columns(c) > room && index > 0) {
                break;
            }
            used += columns(c);
            index += Character.charCount(c);
        }
        return index;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
