package org.briefing.style;

import java.util.ArrayList;
import java.util.List;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceNode.Field;
import org.briefing.json.SourceNode.SourceObject;

/** Lays a style over the one it extends: objects merge field by field, anything else is replaced. */
final class StyleMerge {
    private StyleMerge() {}

    static SourceNode merge(SourceNode base, SourceNode over) {
        if (!(base instanceof SourceObject b) || !(over instanceof SourceObject o)) {
            return over;
        }
        List<Field> fields = new ArrayList<>();
        for (Field field : b.fields()) {
            fields.add(o.field(field.name())
                    .map(mine -> new Field(mine.name(), mine.keyLocation(), merge(field.value(), mine.value())))
                    .orElse(field));
        }
        o.fields().stream().filter(f -> b.field(f.name()).isEmpty()).forEach(fields::add);
        return new SourceObject(o.location(), fields);
    }
}
