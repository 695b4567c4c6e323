package org.briefing.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.Problems;
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

    /** A string with at least one non-space character. */
    public static Optional<String> text(SourceNode node, Problems problems) {
        Optional<String> value = string(node, problems);
        if (value.isPresent() && value.get().isBlank()) {
            problems.error(node.location(), fieldName(node) + " must not be empty");
            return Optional.empty();
        }
        return value;
    }

    public static Optional<BigDecimal> number(SourceNode node, Problems problems) {
        if (node instanceof SourceNumber n) {
            return Optional.of(n.value());
        }
        wrongType(node, "a number", problems);
        return Optional.empty();
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
        return last.isEmpty() || last.chars().allMatch(Character::isDigit) ? "this text" : "\"" + last + "\"";
    }

    /** Records "expected X, found Y" at the node. */
    public static void wrongType(SourceNode node, String expected, Problems problems) {
        problems.error(node.location(), "expected " + expected + ", found " + describe(node));
    }

    private static String describe(SourceNode node) {
        return switch (node) {
            case SourceString s -> "the string \"" + abbreviate(s.value()) + "\"";
            case SourceNumber n -> "the number " + n.value().toPlainString();
            case SourceBoolean b -> String.valueOf(b.value());
            default -> node.kind();
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 27) + "...";
    }
}
