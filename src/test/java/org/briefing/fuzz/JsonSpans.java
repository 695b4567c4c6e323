package org.briefing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Where each value of a JSON text lies, so a mutation can replace or copy exactly one value. */
record JsonSpans(List<Span> values) {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /**
     * One value: chars {@code start} (inclusive) to {@code end} (exclusive); {@code keyStart} is
     * where its property name starts (-1 in an array or at the root); {@code string} is a string's value.
     */
    record Span(int start, int end, int keyStart, JsonToken kind, String pointer, String string) {
        boolean isProperty() {
            return keyStart >= 0;
        }

        boolean isArrayElement() {
            return keyStart < 0 && !pointer.isEmpty();
        }
    }

    /** The spans of a well-formed text, or empty when the text is not JSON (a truncation did that). */
    static Optional<JsonSpans> of(String text) {
        List<Span> spans = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            walk(parser, "", -1, spans);
            return Optional.of(new JsonSpans(spans));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static void walk(JsonParser parser, String pointer, int keyStart, List<Span> spans) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        JsonToken kind = parser.currentToken();
        String string = null;
        if (kind == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                int key = (int) parser.currentTokenLocation().getCharOffset();
                String name = parser.currentName();
                parser.nextToken();
                walk(parser, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), key, spans);
            }
        } else if (kind == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                walk(parser, pointer + "/" + index++, -1, spans);
            }
        } else {
            string = parser.getString();
        }
        int end = (int) parser.currentLocation().getCharOffset();
        spans.add(new Span(start, end, keyStart, kind, pointer, kind == JsonToken.VALUE_STRING ? string : null));
    }

    List<Span> strings() {
        return values.stream().filter(s -> s.kind() == JsonToken.VALUE_STRING).toList();
    }

    List<Span> objects() {
        return values.stream().filter(s -> s.kind() == JsonToken.START_OBJECT).toList();
    }

    List<Span> properties() {
        return values.stream().filter(Span::isProperty).toList();
    }

    List<Span> arrayElements() {
        return values.stream().filter(Span::isArrayElement).toList();
    }
}
