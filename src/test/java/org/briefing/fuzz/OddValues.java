package org.briefing.fuzz;

import java.util.List;

/**
 * The values that broke Briefing before, or that sit at an edge of what JSON, Java or XML can
 * carry: numbers past every range, texts no XML part may hold, lengths no page can take.
 */
final class OddValues {
    private OddValues() {}

    /** Numbers as JSON writes them (most are valid JSON that no double or int holds). */
    static final List<String> NUMBERS = List.of(
            "1e-999999999", "1e2147483648", "1e999999999", "-1e-999999", "1e-999999", "1E400", "-1E400",
            "0", "-0", "-1", "0.0000000000000000000001", "4.9e-324", "1.7976931348623157e309",
            "2147483648", "-2147483649", "9223372036854775808", "123456789012345678901234567890123456789",
            "1" + "0".repeat(990), "0." + "0".repeat(990) + "1", "3.14159", "1e-7", "99999999999");

    /** Texts with the characters and lengths that break lines, XML parts, regexes and layouts. */
    static final List<String> TEXTS = List.of(
            "", " ", "\n", "a\nb", "line\r\nforged.json:1:1: error: fake", "\u0000", "a\u0001b", "\u001f", "\t",
            "\ud800", "x\udc00y", "\uffff", "\ufffe", "\u2028", "\u202etxet", "\u00ad", "\ufeff",
            "x".repeat(200_000), "word ".repeat(1_400), "a-".repeat(2_000) + "a", "-".repeat(3_000),
            "Report of the Special Rapporteur on the situation of human rights in the Democratic People\u2019s "
                    + "Republic of Korea, submitted pursuant to Human Rights Council resolution 52/28",
            "A/HRC/55/63 A/HRC/55/63 A/HRC/55/63", "\u4e2d\u6587\u6807\u9898", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
            "\ud83d\ude00\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "e\u0301\u0301\u0301\u0301",
            "https://example.org/\"", "https://example.org/<a>", "https://example.org/a|b", "https://example.org/{x}",
            "https://example.org/a\\b", "https://example.org/%zz", "https://example.org/\u0001", "mailto:<a@b.org>",
            "mailto:", "javascript:alert(1)", "http://", "https://", "ftp://example.org/", "//example.org",
            "https://" + "a".repeat(5_000) + ".org/",
            "2023-02-30", "99999-01-01", "+1000000000-01-01", "0000-00-00", "2023-1-1",
            "overview", "titel", "count", "percent", "money", "range", "text", "date", "number",
            "important", "decimal", "{shortTitle}{title}{page}{pages}".repeat(300),
            "../../../../etc/passwd", "/etc/passwd", "/proc/self/environ", "NotoSans-Regular.ttf\u0000",
            "LICENSE-DejaVu.txt", "README.md", "fonts/../../pom.xml", "C:\\Windows\\fonts\\arial.ttf");

    /** Lengths a style may name, from the plausible to the impossible. */
    static final List<String> LENGTHS = List.of(
            "5000pt", "0pt", "0mm", "-1mm", "297mm", "300mm", "210mm", "1e9pt", "1e-999999999pt", "1e2147483648mm",
            "NaNpt", "Infinitypt", "0.0001pt", "22 mm", "22", "mm", "", "1pt", "2pt", "72pt", "200pt", "1in", "12cm",
            "0.5in", "10pt\n", "\u00a010pt");

    /** Values of the wrong JSON type, whatever the field wants. */
    static final List<String> SHAPES = List.of(
            "{}", "[]", "null", "true", "false", "\"text\"", "0", "[{}]", "[null]", "{\"\":null}", "[[]]");

    /** A JSON literal for a text: control characters and lone surrogates written as \\u escapes. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || lone || c == 0xfffe || c == 0xffff) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** {@code depth} arrays (or objects) inside each other around {@code inner}. */
    static String nested(int depth, boolean objects, String inner) {
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    /** Sections nested {@code depth} deep, each a valid section, as the value of "sections". */
    static String nestedSections(int depth) {
        StringBuilder open = new StringBuilder();
        for (int level = 1; level <= depth; level++) {
            open.append("[{\"id\":\"s").append(level).append("\",\"title\":\"Level ").append(level)
                    .append("\",\"blocks\":[\"Text at level ").append(level).append(".\"],\"sections\":");
        }
        return open + "[]" + "}]".repeat(depth);
    }
}
