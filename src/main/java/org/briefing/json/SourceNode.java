package org.briefing.json;

import java.util.List;
import java.util.Optional;
import org.briefing.diag.Location;

/** A JSON value together with where it was written. */
public sealed interface SourceNode {

    Location location();

    /** How a message names this kind of value: "a string", "an array", … */
    String kind();

    /** A JSON object; fields keep their order and the location of their keys. */
    record SourceObject(Location location, List<Field> fields) implements SourceNode {
        public SourceObject {
            fields = List.copyOf(fields);
        }

        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** One member of an object. */
    record Field(String name, Location keyLocation, SourceNode value) {}

    /** A JSON array. */
    record SourceArray(Location location, List<SourceNode> items) implements SourceNode {
        public SourceArray {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A JSON string. */
    record SourceString(Location location, String value) implements SourceNode {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /**
     * A JSON number as written; {@link Expect#number} turns it into a value after checking its
     * bounds (see {@link org.briefing.model.Limits}), so no one does arithmetic on it before.
     */
    record SourceNumber(Location location, String text) implements SourceNode {
        /** True for a number without a fraction; only meaningful once {@link Expect#number} accepted it. */
        public boolean isIntegral() {
            return NumberText.read(text) instanceof NumberText.Value v && NumberText.isIntegral(v.value());
        }

        @Override
        public String kind() {
            return "a number";
        }
    }

    /** {@code true} or {@code false}. */
    record SourceBoolean(Location location, boolean value) implements SourceNode {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    /** {@code null}. */
    record SourceNull(Location location) implements SourceNode {
        @Override
        public String kind() {
            return "null";
        }
    }
}
