package org.briefing.json;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.json.SourceNode.Field;
import org.briefing.json.SourceNode.SourceObject;

/**
 * Reads one JSON object whose field names are known in advance: an unknown field is an error
 * with a "did you mean" hint, a missing required field is an error at the object.
 */
public final class StrictObject {
    private final SourceObject node;
    private final Problems problems;
    private final Set<String> suggested;

    private StrictObject(SourceObject node, Problems problems, Set<String> suggested) {
        this.node = node;
        this.problems = problems;
        this.suggested = suggested;
    }

    /** Checks that {@code node} is an object with only {@code known} fields. */
    public static Optional<StrictObject> of(SourceNode node, Problems problems, List<String> known) {
        if (!(node instanceof SourceObject object)) {
            Expect.wrongType(node, "an object", problems);
            return Optional.empty();
        }
        Set<String> suggested = new HashSet<>();
        for (Field field : object.fields()) {
            if (!known.contains(field.name())) {
                Optional<String> nearest = NearMiss.suggest(field.name(), known);
                nearest.ifPresent(suggested::add);
                String hint = nearest.map(name -> "did you mean \"" + name + "\"?")
                        .orElse("known fields: " + String.join(", ", known));
                problems.error(field.keyLocation(), "unknown field " + Quoted.of(field.name()), hint);
            }
        }
        return Optional.of(new StrictObject(object, problems, suggested));
    }

    public Location location() {
        return node.location();
    }

    public Problems problems() {
        return problems;
    }

    public Optional<SourceNode> node(String name) {
        return node.field(name).map(Field::value);
    }

    public boolean has(String name) {
        return node.field(name).isPresent();
    }

    /**
     * A required field's node; its absence is recorded as a problem, unless a misspelt field
     * already pointed the user at it ("titel": did you mean "title"?).
     */
    public Optional<SourceNode> required(String name) {
        Optional<SourceNode> value = node(name);
        if (value.isEmpty() && !suggested.contains(name)) {
            problems.error(node.location(), "missing required field \"" + name + "\"");
        }
        return value;
    }

    /** A required non-empty string. */
    public Optional<String> requiredText(String name) {
        return required(name).flatMap(v -> Expect.text(v, problems));
    }

    /** An optional non-empty string. */
    public Optional<String> optionalText(String name) {
        return node(name).flatMap(v -> Expect.text(v, problems));
    }

    public Optional<Boolean> optionalBoolean(String name) {
        return node(name).flatMap(v -> Expect.bool(v, problems));
    }

    /** An optional array's items; absent means empty. */
    public List<SourceNode> optionalArray(String name) {
        return node(name).flatMap(v -> Expect.array(v, problems)).orElse(List.of());
    }

    /** A required array's items. */
    public Optional<List<SourceNode>> requiredArray(String name) {
        return required(name).flatMap(v -> Expect.array(v, problems));
    }

    /** An optional array of non-empty strings. */
    public List<String> optionalTextList(String name) {
        return optionalArray(name).stream()
                .map(item -> Expect.text(item, problems))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A nested object with its own known fields. */
    public Optional<StrictObject> object(String name, List<String> known, boolean required) {
        Optional<SourceNode> value = required ? required(name) : node(name);
        return value.flatMap(v -> of(v, problems, known));
    }

    /** A location for problems about a field's value, falling back to the object itself. */
    public Location locationOf(String name) {
        return node(name).map(SourceNode::location).orElse(node.location());
    }
}
