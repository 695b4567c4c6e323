package org.briefing.bench;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.diag.Problems;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceNode.Field;
import org.briefing.json.SourceNode.SourceArray;
import org.briefing.json.SourceNode.SourceObject;
import org.briefing.json.SourceNode.SourceString;
import org.briefing.json.SourceParser;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The seed report made N times longer, as JSON text: its sections repeated with distinct titles
 * and ids, and its appendix table rows repeated, so load, plan and every renderer see a real
 * report of that size.
 */
final class ScaledReport {
    private ScaledReport() {}

    static String json(Path seed, int factor) throws Exception {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        SourceObject root = (SourceObject) SourceParser.parse(seed.toString(), text, new Problems()).orElseThrow();
        List<Field> fields = new ArrayList<>();
        for (Field field : root.fields()) {
            SourceNode value = switch (field.name()) {
                case "sections" -> repeatSections((SourceArray) field.value(), factor);
                case "appendices" -> repeatRows(field.value(), factor);
                default -> field.value();
            };
            fields.add(new Field(field.name(), field.keyLocation(), value));
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
            write(new SourceObject(root.location(), fields), generator);
        }
        return out.toString();
    }

    private static SourceArray repeatSections(SourceArray sections, int factor) {
        List<SourceNode> copies = new ArrayList<>(sections.items());
        for (int copy = 2; copy <= factor; copy++) {
            for (SourceNode section : sections.items()) {
                copies.add(renamed(section, copy));
            }
        }
        return new SourceArray(sections.location(), copies);
    }

    /** A copy of a section whose title, id and table ids carry the copy number. */
    private static SourceNode renamed(SourceNode node, int copy) {
        if (node instanceof SourceObject object) {
            List<Field> fields = new ArrayList<>();
            for (Field field : object.fields()) {
                SourceNode value = field.value();
                if (value instanceof SourceString s && (field.name().equals("id") || field.name().equals("title")
                        || field.name().equals("caption"))) {
                    value = new SourceString(s.location(), field.name().equals("id")
                            ? s.value() + "-" + copy : s.value() + " (" + copy + ")");
                } else {
                    value = renamed(value, copy);
                }
                fields.add(new Field(field.name(), field.keyLocation(), value));
            }
            return new SourceObject(object.location(), fields);
        }
        if (node instanceof SourceArray array) {
            return new SourceArray(array.location(), array.items().stream().map(i -> renamed(i, copy)).toList());
        }
        return node;
    }

    /** Every table's rows repeated {@code factor} times. */
    private static SourceNode repeatRows(SourceNode node, int factor) {
        if (node instanceof SourceObject object) {
            List<Field> fields = new ArrayList<>();
            for (Field field : object.fields()) {
                SourceNode value = field.name().equals("rows") && field.value() instanceof SourceArray rows
                        ? new SourceArray(rows.location(), repeat(rows.items(), factor))
                        : repeatRows(field.value(), factor);
                fields.add(new Field(field.name(), field.keyLocation(), value));
            }
            return new SourceObject(object.location(), fields);
        }
        if (node instanceof SourceArray array) {
            return new SourceArray(array.location(), array.items().stream().map(i -> repeatRows(i, factor)).toList());
        }
        return node;
    }

    private static List<SourceNode> repeat(List<SourceNode> items, int factor) {
        List<SourceNode> repeated = new ArrayList<>();
        for (int i = 0; i < factor; i++) {
            repeated.addAll(items);
        }
        return repeated;
    }

    private static void write(SourceNode node, JsonGenerator out) {
        switch (node) {
            case SourceObject o -> {
                out.writeStartObject();
                for (Field field : o.fields()) {
                    out.writeName(field.name());
                    write(field.value(), out);
                }
                out.writeEndObject();
            }
            case SourceArray a -> {
                out.writeStartArray();
                a.items().forEach(item -> write(item, out));
                out.writeEndArray();
            }
            case SourceString s -> out.writeString(s.value());
            case SourceNode.SourceNumber n -> out.writeNumber(n.value());
            case SourceNode.SourceBoolean b -> out.writeBoolean(b.value());
            case SourceNode.SourceNull n -> out.writeNull();
        }
    }
}
