package org.briefing.model;

import java.util.List;
import java.util.Optional;

/** A unit of body content. Renderers switch over these exhaustively, so a new kind breaks every format's build. */
public sealed interface Block {

    /** Every inline run in this block, in reading order. */
    default List<Inline> inlines() {
        return switch (this) {
            case Paragraph p -> List.of(p.text());
            case ItemList l -> l.items();
            case Quote q -> List.of(q.text());
            case Callout c -> List.of(c.text());
            case Table t -> t.rows().stream().flatMap(List::stream).toList();
        };
    }

    record Paragraph(Inline text) implements Block {}

    /** A bullet list, or a numbered one when {@code ordered}. */
    record ItemList(boolean ordered, List<Inline> items) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    record Quote(Inline text, Optional<String> attribution) implements Block {}

    /** A boxed aside; {@code important} ones are drawn to stand out more. */
    record Callout(Optional<String> title, Tone tone, Inline text) implements Block {
        public enum Tone { NOTE, IMPORTANT }
    }

    /** A table with a caption, one header row and rows as wide as the columns. */
    record Table(String id, String caption, List<Column> columns, List<List<Inline>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public record Column(String header, Alignment align) {}

        public enum Alignment { LEFT, CENTER, RIGHT }
    }
}
