package org.briefing.diag;

/**
 * User text as a problem message shows it: in double quotes, with line breaks and invisible
 * characters escaped (a newline as backslash-n, U+0001 as backslash-u0001) so a problem stays
 * one line, and cut with "…" so a 200,000-character value cannot flood the terminal.
 */
public final class Quoted {
    /** The most characters of one user value a message repeats. */
    public static final int MAX_CHARS = 60;

    private Quoted() {}

    /** The value in double quotes, escaped and cut to {@link #MAX_CHARS}. */
    public static String of(String value) {
        return '"' + bare(value, MAX_CHARS) + '"';
    }

    /** The value escaped (double quotes too) and cut to {@code max} code points plus "…", without quotes. */
    public static String bare(String value, int max) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            if (shown >= max) {
                out.append('…');
                break;
            }
            int width = pairAt(value, i) ? 2 : 1;
            char c = value.charAt(i);
            if (width == 2) {
                out.append(value, i, i + 2);
            } else {
                out.append(c == '"' ? "\\\"" : escape(c));
            }
            i += width;
            shown++;
        }
        return out.toString();
    }

    /** The text with every character that would break a line or hide on a terminal escaped. */
    public static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            if (pairAt(text, i)) {
                if (out != null) {
                    out.append(text, i, i + 2);
                }
                i++;
                continue;
            }
            String escaped = escape(text.charAt(i));
            if (out == null && escaped.length() != 1) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean pairAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> needsEscape(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        };
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, BOM, non-characters, lone surrogates. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029'
                || c == '\ufeff' || c == '\ufffe' || c == '\uffff' || Character.isSurrogate(c);
    }
}
