package org.briefing.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.diag.Location;
import org.briefing.diag.Pointer;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.json.SourceNode.Field;
import org.briefing.json.SourceNode.SourceArray;
import org.briefing.json.SourceNode.SourceBoolean;
import org.briefing.json.SourceNode.SourceNull;
import org.briefing.json.SourceNode.SourceNumber;
import org.briefing.json.SourceNode.SourceObject;
import org.briefing.json.SourceNode.SourceString;
import org.briefing.model.Limits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** Parses JSON text into a {@link SourceNode} tree with Jackson's streaming parser. */
public final class SourceParser {
    /**
     * Jackson's own limits: the number length a little above Briefing's so that Briefing's
     * check (which names the limit in the format's words and carries on reading) speaks first;
     * the others stop what no Briefing file can be: JSON nested 1,000,000 deep, a field name
     * longer than any key or font family, a 1 GB string.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_JSON_DEPTH)
                    .maxNumberLength(Limits.MAX_JSON_NUMBER_CHARS)
                    .maxNameLength(Limits.MAX_FIELD_NAME_CHARS)
                    .maxStringLength((int) Limits.MAX_REPORT_BYTES)
                    .maxDocumentLength(Limits.MAX_REPORT_BYTES)
                    .build())
            .build();
    private static final Pattern MISSING_COMMA =
            Pattern.compile("unexpected character \\('(.+?)'\\): was expecting comma to separate (Object|Array) entries",
                    Pattern.CASE_INSENSITIVE);

    private SourceParser() {}

    /**
     * Parses {@code text}; malformed JSON becomes one problem at the place the parser stopped.
     * Duplicate keys are problems too; the first value wins.
     */
    public static Optional<SourceNode> parse(String file, String text, Problems problems) {
        JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text);
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(new Location(file, 1, 1, ""), "the file is empty; expected a JSON object");
                return Optional.empty();
            }
            SourceNode root = new Reader(file, parser, problems).value(Pointer.ROOT);
            if (parser.nextToken() != null) {
                problems.error(locate(file, parser.currentTokenLocation(), ""),
                        "unexpected content after the end of the JSON value");
            }
            return Optional.of(root);
        } catch (TooManyValues e) {
            problems.error(e.at, String.format(Locale.ROOT, "the file has more than %,d JSON values; no Briefing file"
                    + " needs that many, and the rest is not read", Limits.MAX_JSON_VALUES));
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            // Jackson gives these no location of their own; the parser still knows where it is.
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
            problems.error(locate(file, at, enclosingPointer(parser)), overLimitMessage(e));
            return Optional.empty();
        } catch (JacksonException e) {
            problems.error(locate(file, e.getLocation(), enclosingPointer(parser)), malformedMessage(e));
            return Optional.empty();
        }
    }

    /** The pointer of the object or array the parser was inside when it stopped. */
    private static String enclosingPointer(JsonParser parser) {
        var context = parser.streamReadContext();
        while (context != null && !context.inObject() && !context.inArray()) {
            context = context.getParent();
        }
        if (context == null || context.inRoot()) {
            return "";
        }
        String pointer = context.pathAsPointer().toString();
        // Inside an object the path ends at the field being read; the problem is in its object.
        if (context.inObject() && context.currentName() != null) {
            int cut = pointer.lastIndexOf('/');
            pointer = cut >= 0 ? pointer.substring(0, cut) : pointer;
        }
        return pointer;
    }

    /** Jackson's limit in Briefing's words; its messages name its own configuration methods. */
    private static String overLimitMessage(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Document nesting depth")) {
            return "objects and arrays nest more than " + Limits.MAX_JSON_DEPTH
                    + " levels deep here; no Briefing file needs that many";
        }
        if (message.startsWith("Number value length")) {
            return "a number is written with more than " + Limits.MAX_JSON_NUMBER_CHARS + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a field name is longer than " + Limits.MAX_FIELD_NAME_CHARS + " characters";
        }
        if (message.startsWith("String value length") || message.startsWith("Document length")) {
            return "the text is longer than a report may be (" + Limits.MAX_REPORT_BYTES / (1024 * 1024) + " MiB)";
        }
        return "the JSON is larger than a Briefing file may be";
    }

    private static String malformedMessage(JacksonException e) {
        String message = e.getOriginalMessage();
        // Jackson's messages carry a second, source-quoting line; the first says what is wrong.
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        message = message.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\s*\\(for .*?\\)", "");
        if (message.startsWith("Illegal unquoted character ((CTRL-CHAR")) {
            return "malformed JSON: a control character inside a string must be written as an escape (\\n, \\t);"
                    + " any other control character documents cannot carry anyway";
        }
        Matcher missingComma = MISSING_COMMA.matcher(message);
        if (missingComma.find()) {
            String close = missingComma.group(2).equals("Object") ? "}" : "]";
            return "malformed JSON: expected \",\" or \"" + close + "\" but found '" + missingComma.group(1)
                    + "'; is a comma missing before this?";
        }
        return "malformed JSON: " + lowerFirst(message.strip());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static Location locate(String file, TokenStreamLocation at, String pointer) {
        if (at == null || at == TokenStreamLocation.NA) {
            return new Location(file, 0, 0, pointer);
        }
        return new Location(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), pointer);
    }

    static Location locate(String file, TokenStreamLocation at, Pointer pointer) {
        if (at == null || at == TokenStreamLocation.NA) {
            return new Location(file, 0, 0, pointer);
        }
        return new Location(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), pointer);
    }

    /** Thrown at the first value over {@link Limits#MAX_JSON_VALUES}: parsing stops there. */
    private static final class TooManyValues extends RuntimeException {
        private final transient Location at;

        TooManyValues(Location at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** Reads values depth first; each value's pointer links to its parent's, none is written out. */
    private static final class Reader {
        private final String file;
        private final JsonParser parser;
        private final Problems problems;
        private int values;

        Reader(String file, JsonParser parser, Problems problems) {
            this.file = file;
            this.parser = parser;
            this.problems = problems;
        }

        SourceNode value(Pointer pointer) {
            Location here = locate(file, parser.currentTokenLocation(), pointer);
            if (++values > Limits.MAX_JSON_VALUES) {
                throw new TooManyValues(here);
            }
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(here, pointer);
                case START_ARRAY -> array(here, pointer);
                case VALUE_STRING -> string(here);
                // The text only: its bounds are checked before anything computes with it.
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new SourceNumber(here, parser.getString());
                case VALUE_TRUE -> new SourceBoolean(here, true);
                case VALUE_FALSE -> new SourceBoolean(here, false);
                case VALUE_NULL -> new SourceNull(here);
                default -> throw new IllegalStateException("unexpected JSON token " + token);
            };
        }

        /** A string; one a document cannot carry is a problem here, whatever field it is in. */
        private SourceString string(Location here) {
            SourceString string = new SourceString(here, parser.getString());
            int bad = TextCharacters.firstForbidden(string.value());
            if (bad >= 0) {
                problems.error(here, Expect.fieldName(string) + " has " + TextCharacters.describe(string.value(), bad)
                        + ", at character " + (bad + 1) + "; documents cannot carry it", "remove it");
            }
            return string;
        }

        private SourceObject object(Location here, Pointer pointer) {
            List<Field> fields = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                Pointer childPointer = pointer.member(name);
                Location keyAt = locate(file, parser.currentTokenLocation(), childPointer);
                parser.nextToken();
                SourceNode child = value(childPointer);
                if (seen.add(name)) {
                    fields.add(new Field(name, keyAt, child));
                } else {
                    problems.error(keyAt, "duplicate field " + Quoted.of(name) + "; only the first one counts");
                }
            }
            return new SourceObject(here, fields);
        }

        private SourceArray array(Location here, Pointer pointer) {
            List<SourceNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(pointer.item(items.size())));
            }
            return new SourceArray(here, items);
        }
    }
}
