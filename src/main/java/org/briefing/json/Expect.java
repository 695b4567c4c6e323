package org.briefing.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.json.SourceNode.SourceArray;
import org.briefing.json.SourceNode.SourceBoolean;
import org.briefing.json.SourceNode.SourceNumber;
import org.briefing.json.SourceNode.SourceString;

/** Type checks on single values: each returns the value, or records a problem and returns empty. */
public final class Expect {
    private Expect() {}

    public static Optional<String> string(SourceNode node, Problems problems) {
        if (node instanceof SourceString s) {
            return Optional.of(s.value());
        }
        wrongType(node, "a string", problems);
        return Optional.empty();
    }

    /**
     * One line of text with at least one non-space character: a title, a name, a label. Line
     * breaks and tabs belong only in running text ({@link #paragraphText}).
     */
    public static Optional<String> text(SourceNode node, Problems problems) {
        Optional<String> value = paragraphText(node, problems);
        if (value.isPresent()) {
            int at = lineBreak(value.get());
            if (at >= 0) {
                String what = value.get().charAt(at) == '\t' ? "a tab" : "a line break";
                problems.error(node.location(), fieldName(node) + " must be one line; it has " + what
                        + " at character " + (at + 1), "only running text (paragraphs, list items, cells) may break lines");
                return Optional.empty();
            }
        }
        return value;
    }

    /** Running text with at least one non-space character; it may hold line breaks and tabs. */
    public static Optional<String> paragraphText(SourceNode node, Problems problems) {
        Optional<String> value = string(node, problems);
        if (value.isPresent() && value.get().isBlank()) {
            problems.error(node.location(), fieldName(node) + " must not be empty");
            return Optional.empty();
        }
        return value;
    }

    /**
     * A number within the bounds every format can write (see {@link org.briefing.model.Limits}),
     * checked on the text as written before any arithmetic; out of bounds is a problem.
     */
    public static Optional<BigDecimal> number(SourceNode node, Problems problems) {
        if (!(node instanceof SourceNumber n)) {
            wrongType(node, "a number", problems);
            return Optional.empty();
        }
        return switch (NumberText.read(n.text())) {
            case NumberText.Value v -> Optional.of(v.value());
            case NumberText.OutOfBounds o -> {
                problems.error(node.location(), o.message());
                yield Optional.empty();
            }
        };
    }

    public static Optional<Boolean> bool(SourceNode node, Problems problems) {
        if (node instanceof SourceBoolean b) {
            return Optional.of(b.value());
        }
        wrongType(node, "true or false", problems);
        return Optional.empty();
    }

    public static Optional<List<SourceNode>> array(SourceNode node, Problems problems) {
        if (node instanceof SourceArray a) {
            return Optional.of(a.items());
        }
        wrongType(node, "an array", problems);
        return Optional.empty();
    }

    /** "\"title\"" for a value at /metadata/title; "this value" for an array item. */
    static String fieldName(SourceNode node) {
        String pointer = node.location().pointer();
        String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        return last.isEmpty() || last.chars().allMatch(Character::isDigit) ? "this text" : Quoted.of(last);
    }

    /** Records "expected X, found Y" at the node. */
    public static void wrongType(SourceNode node, String expected, Problems problems) {
        problems.error(node.location(), "expected " + expected + ", found " + describe(node));
    }

    private static String describe(SourceNode node) {
        return switch (node) {
            case SourceString s -> "the string " + Quoted.of(s.value());
            case SourceNumber n -> "the number " + Quoted.bare(n.text(), Quoted.MAX_CHARS);
            case SourceBoolean b -> String.valueOf(b.value());
            default -> node.kind();
        };
    }

    private static int lineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }
}
