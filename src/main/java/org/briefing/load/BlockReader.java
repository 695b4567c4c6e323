package org.briefing.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.json.Expect;
import org.briefing.json.NearMiss;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceNode.SourceString;
import org.briefing.json.StrictObject;
import org.briefing.model.Block;
import org.briefing.model.Block.Callout;
import org.briefing.model.Block.ItemList;
import org.briefing.model.Block.Paragraph;
import org.briefing.model.Block.Quote;
import org.briefing.model.Block.Table;
import org.briefing.model.Inline;
import org.briefing.model.Limits;

/** Reads content blocks: a plain string is a paragraph, an object names its {@code type}. */
final class BlockReader {
    private static final List<String> TYPES = List.of("paragraph", "list", "quote", "callout", "table");

    private final Problems problems;
    private final Ids ids;

    BlockReader(Problems problems, Ids ids) {
        this.problems = problems;
        this.ids = ids;
    }

    List<Block> blocks(List<SourceNode> nodes) {
        List<Block> blocks = new ArrayList<>();
        for (SourceNode node : Capped.items(nodes, Limits.MAX_BLOCKS_PER_SECTION, "a section", "blocks", "block",
                problems)) {
            block(node).ifPresent(blocks::add);
        }
        return blocks;
    }

    private Optional<Block> block(SourceNode node) {
        if (node instanceof SourceString) {
            return InlineReader.read(node, problems).map(Paragraph::new);
        }
        Optional<String> type = StrictObject.of(node, new Problems(), List.of("type"))
                .flatMap(o -> o.requiredText("type"));
        if (type.isEmpty() || !TYPES.contains(type.get())) {
            reportBadType(node);
            return Optional.empty();
        }
        return switch (type.get()) {
            case "paragraph" -> object(node, "text")
                    .flatMap(o -> inline(o, "text"))
                    .map(Paragraph::new);
            case "list" -> object(node, "items", "ordered").flatMap(this::list);
            case "quote" -> object(node, "text", "attribution").flatMap(this::quote);
            case "callout" -> object(node, "text", "title", "tone").flatMap(this::callout);
            default -> object(node, "id", "caption", "columns", "rows").flatMap(this::table);
        };
    }

    private void reportBadType(SourceNode node) {
        Optional<StrictObject> object = StrictObject.of(node, new Problems(), TYPES);
        if (object.isEmpty()) {
            Expect.wrongType(node, "a paragraph string or a block object", problems);
            return;
        }
        Optional<SourceNode> type = object.get().node("type");
        if (type.isEmpty()) {
            problems.error(node.location(), "missing required field \"type\"",
                    "one of " + String.join(", ", TYPES));
        } else if (type.get() instanceof SourceString s) {
            problems.error(type.get().location(), "unknown block type " + Quoted.of(s.value()),
                    NearMiss.suggest(s.value(), TYPES).map(t -> "did you mean \"" + t + "\"?")
                            .orElse("one of " + String.join(", ", TYPES)));
        } else {
            Expect.wrongType(type.get(), "a string", problems);
        }
    }

    private Optional<StrictObject> object(SourceNode node, String... fields) {
        List<String> known = new ArrayList<>(List.of("type"));
        known.addAll(List.of(fields));
        return StrictObject.of(node, problems, known);
    }

    private Optional<Inline> inline(StrictObject o, String field) {
        return o.required(field).flatMap(n -> InlineReader.read(n, problems));
    }

    private Optional<Block> list(StrictObject o) {
        boolean ordered = o.optionalBoolean("ordered").orElse(false);
        Optional<List<SourceNode>> items = o.requiredArray("items");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            problems.error(o.locationOf("items"), "a list needs at least one item");
            return Optional.empty();
        }
        List<Inline> read = Capped.items(items.get(), Limits.MAX_LIST_ITEMS, "a list", "items", "item", problems).stream()
                .map(n -> InlineReader.read(n, problems)).flatMap(Optional::stream).toList();
        return Optional.of(new ItemList(ordered, read));
    }

    private Optional<Block> quote(StrictObject o) {
        Optional<String> attribution = o.optionalText("attribution");
        return inline(o, "text").map(text -> new Quote(text, attribution));
    }

    private Optional<Block> callout(StrictObject o) {
        Optional<String> title = o.optionalText("title");
        Callout.Tone tone = o.optionalText("tone").flatMap(t -> Choice.of(
                        t, List.of("note", "important"), o.locationOf("tone"), problems))
                .map(t -> t.equals("important") ? Callout.Tone.IMPORTANT : Callout.Tone.NOTE)
                .orElse(Callout.Tone.NOTE);
        return inline(o, "text").map(text -> new Callout(title, tone, text));
    }

    private Optional<Block> table(StrictObject o) {
        Optional<String> caption = o.requiredText("caption");
        Optional<String> givenId = o.optionalText("id");
        List<Table.Column> columns = new ArrayList<>();
        Optional<List<SourceNode>> columnNodes = o.requiredArray("columns");
        columnNodes = columnNodes.map(nodes -> Capped.items(nodes, Limits.MAX_TABLE_COLUMNS, "a table", "columns",
                "column", problems));
        columnNodes.ifPresent(nodes -> nodes.forEach(n -> column(n).ifPresent(columns::add)));
        if (columnNodes.isPresent() && columnNodes.get().isEmpty()) {
            problems.error(o.locationOf("columns"), "a table needs at least one column");
        }
        List<List<Inline>> rows = new ArrayList<>();
        Optional<Integer> width = o.node("columns").flatMap(n -> n instanceof SourceNode.SourceArray a
                ? Optional.of(a.items().size()) : Optional.empty());
        List<SourceNode> rowNodes = Capped.items(o.requiredArray("rows").orElse(List.of()), Limits.MAX_TABLE_ROWS,
                "a table", "rows", "row", problems);
        for (SourceNode rowNode : rowNodes) {
            Expect.array(rowNode, problems).ifPresent(cells -> {
                if (width.isPresent() && cells.size() != width.get()) {
                    problems.error(rowNode.location(), "this row has " + cells.size() + " cells but the table has "
                            + width.get() + " columns");
                }
                rows.add(cells.stream().limit(Limits.MAX_TABLE_COLUMNS).map(c -> InlineReader.readCell(c, problems))
                        .flatMap(Optional::stream).toList());
            });
        }
        if (caption.isEmpty()) {
            return Optional.empty();
        }
        String id = givenId.orElseGet(() -> Ids.derived("table-", caption.get(), "table", o.locationOf("caption"),
                problems));
        ids.record(id, "table", o.locationOf(givenId.isPresent() ? "id" : "caption"));
        givenId.ifPresent(i -> IdCheck.check(i, o.locationOf("id"), problems));
        return Optional.of(new Table(id, caption.get(), columns, rows));
    }

    private Optional<Table.Column> column(SourceNode node) {
        return StrictObject.of(node, problems, List.of("header", "align")).flatMap(c -> {
            Table.Alignment align = c.optionalText("align")
                    .flatMap(a -> Choice.of(a, List.of("left", "center", "right"), c.locationOf("align"), problems))
                    .map(a -> Table.Alignment.valueOf(a.toUpperCase(java.util.Locale.ROOT)))
                    .orElse(Table.Alignment.LEFT);
            return c.requiredText("header").map(h -> new Table.Column(h, align));
        });
    }
}
