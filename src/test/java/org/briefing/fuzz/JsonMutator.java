package org.briefing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.fuzz.JsonSpans.Span;

/**
 * Mutates a real JSON file the way a hostile or careless author would: one value replaced by an
 * odd number, text or shape, a key duplicated or misspelt, a value nested deep, an element
 * repeated, the text cut short, bytes flipped. Each case applies one to three mutations.
 */
final class JsonMutator {
    private final List<String> extraValues;
    private final int maxChars;

    /**
     * @param extraValues JSON literals that matter to this kind of file (lengths for styles)
     * @param maxChars    a mutation that would make the text longer is skipped (keeps renders bounded)
     */
    JsonMutator(List<String> extraValues, int maxChars) {
        this.extraValues = List.copyOf(extraValues);
        this.maxChars = maxChars;
    }

    /** The mutated file's bytes (usually UTF-8 text; a byte flip may leave it not UTF-8). */
    byte[] mutate(String base, Choices choices) {
        String text = base;
        int steps = 1 + choices.below(3);
        for (int step = 0; step < steps; step++) {
            String next = textStep(text, choices);
            if (next.length() <= Math.max(maxChars, text.length())) {
                text = next;
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return choices.below(8) == 0 ? byteStep(bytes, choices) : bytes;
    }

    private String textStep(String text, Choices choices) {
        Optional<JsonSpans> parsed = JsonSpans.of(text);
        int op = choices.below(10);
        if (parsed.isEmpty() || op == 9) {
            return text.substring(0, choices.below(text.length() + 1));
        }
        JsonSpans spans = parsed.get();
        return switch (op) {
            case 0, 1 -> replace(text, choices.pick(spans.values()), oddValue(choices));
            case 2 -> corruptString(text, spans, choices);
            case 3 -> duplicateProperty(text, spans, choices);
            case 4 -> insertProperty(text, spans, choices);
            case 5 -> replace(text, choices.pick(spans.values()), choices.pick(OddValues.SHAPES));
            case 6 -> replace(text, choices.pick(spans.values()), OddValues.nested(
                    choices.pick(List.of(10, 100, 247, 248, 249, 250, 1_000, 5_000, 200_000)), choices.coin(),
                    choices.coin() ? "1" : "\"x\""));
            case 7 -> repeatElement(text, spans, choices);
            default -> deepSections(text, spans, choices);
        };
    }

    private String oddValue(Choices choices) {
        return switch (choices.below(5)) {
            case 0 -> choices.pick(OddValues.NUMBERS);
            case 1 -> OddValues.quote(choices.text(40));
            case 2 -> extraValues.isEmpty() ? choices.pick(OddValues.NUMBERS) : choices.pick(extraValues);
            default -> OddValues.quote(choices.pick(OddValues.TEXTS));
        };
    }

    /** The longest a repeated string value grows to: past the 200,000 characters the issue tried. */
    private static final int MAX_GROWN_CHARS = 400_000;

    /** A string value with odd characters put into it, or made very long. */
    private String corruptString(String text, JsonSpans spans, Choices choices) {
        List<Span> strings = spans.strings();
        if (strings.isEmpty()) {
            return text;
        }
        Span span = choices.pick(strings);
        String value = span.string();
        String changed = switch (choices.below(3)) {
            // Bounded: a value repeated in one step is repeated again in the next, and unbounded
            // that grew past what a String can hold (an OutOfMemoryError in the harness, not Briefing).
            case 0 -> value.repeat(1 + Math.min(choices.below(2_000), MAX_GROWN_CHARS / Math.max(1, value.length())));
            case 1 -> value + " " + choices.pick(OddValues.TEXTS);
            default -> {
                int at = choices.below(value.length() + 1);
                String odd = choices.pick(List.of("\n", "\r", "\u0000", "\u0001", "\u0008", "\u000b", "\u001f",
                        "\ud800", "\udfff", "\uffff", "\ufffe", "\u2028", "\t", "\"", "\\", "<", "&", "]]>"));
                yield value.substring(0, at) + odd + value.substring(at);
            }
        };
        return replace(text, span, OddValues.quote(changed));
    }

    /** A property written twice in its object, the second time with an odd value or the same one. */
    private String duplicateProperty(String text, JsonSpans spans, Choices choices) {
        List<Span> properties = spans.properties();
        if (properties.isEmpty()) {
            return text;
        }
        Span property = choices.pick(properties);
        String key = text.substring(property.keyStart(), property.start());
        String value = choices.coin() ? text.substring(property.start(), property.end()) : oddValue(choices);
        return text.substring(0, property.end()) + "," + key + value + text.substring(property.end());
    }

    /** A property the format does not know (or a near miss of one it does) added to an object. */
    private String insertProperty(String text, JsonSpans spans, Choices choices) {
        List<Span> objects = spans.objects();
        if (objects.isEmpty()) {
            return text;
        }
        Span object = choices.pick(objects);
        String name = choices.pick(List.of("titel", "colors", "qualifer", "type", "id", "extends", "a\nb", "",
                "\u0000", "x".repeat(10_000), choices.text(20)));
        boolean empty = text.substring(object.start() + 1, object.end() - 1).isBlank();
        String property = OddValues.quote(name) + ":" + oddValue(choices) + (empty ? "" : ",");
        return text.substring(0, object.start() + 1) + property + text.substring(object.start() + 1);
    }

    /** An array element repeated: many rows, figures, sections or blocks. */
    private String repeatElement(String text, JsonSpans spans, Choices choices) {
        List<Span> elements = spans.arrayElements();
        if (elements.isEmpty()) {
            return text;
        }
        Span element = choices.pick(elements);
        String copy = "," + text.substring(element.start(), element.end());
        int times = choices.pick(List.of(1, 2, 10, 100, 1_000));
        times = Math.max(1, Math.min(times, (maxChars - text.length()) / Math.max(1, copy.length())));
        return text.substring(0, element.end()) + copy.repeat(times) + text.substring(element.end());
    }

    /** Subsections nested deep under a top-level section. */
    private String deepSections(String text, JsonSpans spans, Choices choices) {
        List<Span> sections = new ArrayList<>(spans.objects().stream()
                .filter(s -> s.pointer().matches("/sections/\\d+")).toList());
        if (sections.isEmpty()) {
            return text;
        }
        Span section = choices.pick(sections);
        int depth = choices.pick(List.of(4, 6, 10, 50, 120, 246, 247, 248, 300));
        return text.substring(0, section.start() + 1) + "\"sections\":" + OddValues.nestedSections(depth) + ","
                + text.substring(section.start() + 1);
    }

    private static String replace(String text, Span span, String value) {
        return text.substring(0, span.start()) + value + text.substring(span.end());
    }

    /** Bytes flipped, cut, or made not UTF-8 (a lone continuation byte, an overlong NUL, a BOM). */
    private static byte[] byteStep(byte[] bytes, Choices choices) {
        byte[] out = bytes.clone();
        switch (choices.below(4)) {
            case 0 -> {
                for (int i = 0, n = 1 + choices.below(8); i < n && out.length > 0; i++) {
                    out[choices.below(out.length)] ^= (byte) (1 << choices.below(8));
                }
            }
            case 1 -> out = java.util.Arrays.copyOf(out, choices.below(out.length + 1));
            case 2 -> {
                byte[] odd = choices.pick(List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xc0, (byte) 0x80},
                        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {0}));
                int at = choices.below(out.length + 1);
                byte[] joined = new byte[out.length + odd.length];
                System.arraycopy(out, 0, joined, 0, at);
                System.arraycopy(odd, 0, joined, at, odd.length);
                System.arraycopy(out, at, joined, at + odd.length, out.length - at);
                out = joined;
            }
            default -> {
                byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
                byte[] joined = new byte[out.length + 3];
                System.arraycopy(bom, 0, joined, 0, 3);
                System.arraycopy(out, 0, joined, 3, out.length);
                out = joined;
            }
        }
        return out;
    }
}
