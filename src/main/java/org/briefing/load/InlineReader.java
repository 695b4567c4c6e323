package org.briefing.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.Problems;
import org.briefing.json.Expect;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceNode.SourceArray;
import org.briefing.json.SourceNode.SourceObject;
import org.briefing.json.SourceNode.SourceString;
import org.briefing.json.StrictObject;
import org.briefing.json.TextCharacters;
import org.briefing.model.Inline;
import org.briefing.model.Inline.Span;

/** Reads inline text: a plain string, or an array of spans ({@code em}, {@code strong}, {@code link}). */
final class InlineReader {
    private static final List<String> SPAN_FIELDS = List.of("em", "strong", "link", "href");

    private InlineReader() {}

    /** Reads inline text that must not be empty. */
    static Optional<Inline> read(SourceNode node, Problems problems) {
        return read(node, problems, false);
    }

    /** Reads a table cell, which may be left empty. */
    static Optional<Inline> readCell(SourceNode node, Problems problems) {
        return read(node, problems, true);
    }

    private static Optional<Inline> read(SourceNode node, Problems problems, boolean mayBeEmpty) {
        Optional<Inline> inline = switch (node) {
            case SourceString s -> Optional.of(Inline.plain(s.value()));
            case SourceArray a -> spans(a, problems);
            default -> {
                Expect.wrongType(node, "text (a string or an array of spans)", problems);
                yield Optional.empty();
            }
        };
        if (!mayBeEmpty && inline.isPresent() && inline.get().plainText().isBlank()) {
            problems.error(node.location(), "must not be empty");
            return Optional.empty();
        }
        return inline;
    }

    private static Optional<Inline> spans(SourceArray array, Problems problems) {
        List<Span> spans = new ArrayList<>();
        for (SourceNode item : array.items()) {
            span(item, problems).ifPresent(spans::add);
        }
        return spans.size() == array.items().size() ? Optional.of(new Inline(spans)) : Optional.empty();
    }

    private static Optional<Span> span(SourceNode node, Problems problems) {
        if (node instanceof SourceString s) {
            return Optional.of(new Span.Text(s.value()));
        }
        if (!(node instanceof SourceObject)) {
            Expect.wrongType(node, "a string or a span object", problems);
            return Optional.empty();
        }
        Optional<StrictObject> object = StrictObject.of(node, problems, SPAN_FIELDS);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        StrictObject span = object.get();
        List<String> kinds = List.of("em", "strong", "link").stream().filter(span::has).toList();
        if (kinds.size() != 1) {
            problems.error(node.location(), "a span needs exactly one of \"em\", \"strong\" or \"link\"");
            return Optional.empty();
        }
        String kind = kinds.get(0);
        // Span text is running text, like the plain strings around it: it may break lines.
        Optional<String> text = span.required(kind).flatMap(v -> Expect.paragraphText(v, problems));
        if (!kind.equals("link")) {
            if (span.has("href")) {
                problems.error(span.locationOf("href"), "\"href\" belongs only to a \"link\" span");
            }
            return text.map(t -> kind.equals("em") ? new Span.Emphasis(t) : new Span.Strong(t));
        }
        Optional<String> href = span.requiredText("href");
        // A character no document can carry was reported where the string was read: no second problem.
        if (href.isPresent() && TextCharacters.firstForbidden(href.get()) >= 0) {
            return Optional.empty();
        }
        Optional<String> fault = href.flatMap(LinkTarget::fault);
        if (fault.isPresent()) {
            problems.error(span.locationOf("href"), fault.get());
            return Optional.empty();
        }
        return text.flatMap(t -> href.map(h -> new Span.Link(t, h)));
    }
}
