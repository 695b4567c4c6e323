package org.briefing.render.docx;

/**
 * The check that text can go into the handout's XML: XML 1.0 carries tab, newline, carriage
 * return and the characters from U+0020 on, except lone surrogates and U+FFFE/U+FFFF. The
 * loader refuses the others with line and column; this is the renderer's own guard, so that a
 * value that slipped through fails loudly, naming what it was, instead of a part no reader opens.
 */
final class DocxXmlText {
    private DocxXmlText() {}

    /** {@code text}, unchanged, or an IllegalArgumentException naming {@code field} and the first bad character. */
    static String check(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                i += ok ? 1 : 0;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD && !Character.isLowSurrogate(c));
            }
            if (!ok) {
                throw new IllegalArgumentException(String.format(
                        "the handout's %s has a character XML cannot carry (U+%04X at index %d)", field, (int) c, i));
            }
        }
        return text;
    }
}
