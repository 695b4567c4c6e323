package org.briefing.json;

/**
 * The characters a report's text may not hold, because PDF text, DOCX's XML parts or a reader's
 * screen cannot carry them: C0 controls other than tab and line feed (XML 1.0 forbids them),
 * DEL and the C1 controls (XML allows them, but they are invisible, no font draws them, and in
 * practice they are Windows-1252 punctuation decoded as Latin-1), Unicode's non-characters
 * (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane, "never for interchange")
 * and lone surrogates (not characters at all).
 */
public final class TextCharacters {
    private TextCharacters() {}

    /** The index of the first character {@code text} may not hold, or -1. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isNonCharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
            } else if (isForbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** How a message names the character at {@code index}: "U+0001, a control character". */
    static String describe(String text, int index) {
        int cp = text.codePointAt(index);
        String code = String.format("U+%04X", cp);
        if (Character.isSurrogate((char) cp)) {
            return code + ", half of a surrogate pair without its other half";
        }
        if (cp >= 0x7f && cp < 0xa0) {
            return code + ", an invisible control character (often Windows-1252 text read as Latin-1)";
        }
        return cp < 0x20 ? code + ", a control character" : code + ", a Unicode non-character";
    }

    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c)
                || isNonCharacter(c);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
    }
}
