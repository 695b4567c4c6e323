package org.briefing.style;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.json.Expect;
import org.briefing.json.NearMiss;
import org.briefing.json.SourceNode;
import org.briefing.json.StrictObject;

/**
 * Binds a merged style tree to the style records: a record's components are the only fields
 * allowed, each converted by its Java type (lengths, colours, enums, fonts by family name), numbers
 * and lengths checked against their {@link NumberBounds} and {@link LengthBounds} where they are written.
 */
final class StyleBinder {
    /** Lengths equal to a bound, written in another unit ("1in" against "72pt"), are within it. */
    private static final double EPSILON = 1e-9;
    private final Problems problems;
    /** The families defined; a family whose files have problems maps to empty. */
    private final Map<String, Optional<FontFamily>> families;

    StyleBinder(Problems problems, Map<String, Optional<FontFamily>> families) {
        this.problems = problems;
        this.families = families;
    }

    /** Binds {@code node} to record {@code type}; fields named in {@code extra} are allowed and skipped. */
    <R extends Record> Optional<R> record(Class<R> type, SourceNode node, List<String> extra,
            Map<String, Object> given) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> known = new ArrayList<>(extra);
        Arrays.stream(components).map(RecordComponent::getName).filter(n -> !given.containsKey(n)).forEach(known::add);
        Optional<StrictObject> object = StrictObject.of(node, problems, known);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Object[] values = new Object[components.length];
        boolean complete = true;
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (given.containsKey(name)) {
                values[i] = given.get(name);
                continue;
            }
            RecordComponent component = components[i];
            if (component.getType() == Optional.class) {
                // An optional field: absent is empty, present must convert like any other.
                Type inner = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                Optional<SourceNode> written = object.get().node(name);
                Optional<Object> value = written.flatMap(n -> value(inner, n, component));
                complete &= written.isEmpty() || value.isPresent();
                values[i] = value;
                continue;
            }
            Optional<Object> value = object.get().required(name)
                    .flatMap(n -> value(component.getGenericType(), n, component));
            complete &= value.isPresent();
            values[i] = value.orElse(null);
        }
        if (!complete) {
            return Optional.empty();
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return Optional.of(type.getDeclaredConstructor(types).newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(),
                    e instanceof InvocationTargetException ite ? ite.getCause() : e);
        }
    }

    /** Converts {@code node} to {@code type}; numbers and lengths are checked against {@code component}'s bounds. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<Object> value(Type type, SourceNode node, RecordComponent component) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type item = list.getActualTypeArguments()[0];
            return Expect.array(node, problems).map(items -> {
                List<Object> values = new ArrayList<>();
                items.forEach(n -> value(item, n, component).ifPresent(values::add));
                return values.size() == items.size() ? values : null;
            });
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return Expect.string(node, problems).flatMap(s -> text(s, node, component));
        }
        if (raw == boolean.class) {
            return Expect.bool(node, problems).map(b -> b);
        }
        if (raw == int.class || raw == double.class) {
            NumberBounds bounds = bounds(component, NumberBounds.class);
            return Expect.number(node, problems).flatMap(n -> number(n, raw == int.class, bounds, node));
        }
        if (raw == Length.class) {
            LengthBounds bounds = bounds(component, LengthBounds.class);
            return Expect.string(node, problems)
                    .flatMap(s -> parsed(Length.parse(s), node, "a length",
                            "write a number and a unit: \"10pt\", \"22mm\", \"2cm\", \"0.5in\""))
                    .flatMap(length -> length((Length) length, bounds, node));
        }
        if (raw == Colour.class) {
            return Expect.string(node, problems).flatMap(s -> parsed(Colour.parse(s), node, "a colour",
                    "write it as \"#rrggbb\", e.g. \"#1f4e79\""));
        }
        if (raw == FontFamily.class) {
            return Expect.string(node, problems).flatMap(name -> family(name, node));
        }
        if (raw.isEnum()) {
            return Expect.string(node, problems).flatMap(s -> constant((Class<? extends Enum>) raw, s, node));
        }
        if (raw.isRecord()) {
            return record((Class<? extends Record>) raw, node, List.of(), Map.of()).map(r -> r);
        }
        throw new IllegalStateException("no conversion for " + type);
    }

    private static <A extends java.lang.annotation.Annotation> A bounds(RecordComponent component, Class<A> kind) {
        A bounds = component == null ? null : component.getAnnotation(kind);
        if (bounds == null) {
            throw new IllegalStateException("style field " + component + " has no @" + kind.getSimpleName());
        }
        return bounds;
    }

    /** A plain number within its bounds (and whole for an {@code int} field), compared exactly before any conversion. */
    private Optional<Object> number(BigDecimal n, boolean whole, NumberBounds bounds, SourceNode node) {
        String range = (whole ? "a whole number from " : "a number from ") + plain(bounds.min()) + " to "
                + plain(bounds.max());
        String shown = Quoted.bare(n.toString(), 20);
        if (n.compareTo(BigDecimal.valueOf(bounds.min())) < 0) {
            problems.error(node.location(), bounds.what() + " " + shown + " is too small", "write " + range);
            return Optional.empty();
        }
        if (n.compareTo(BigDecimal.valueOf(bounds.max())) > 0) {
            problems.error(node.location(), bounds.what() + " " + shown + " is too large", "write " + range);
            return Optional.empty();
        }
        if (whole && n.stripTrailingZeros().scale() > 0) {
            problems.error(node.location(), bounds.what() + " " + shown + " is not a whole number", "write " + range);
            return Optional.empty();
        }
        return Optional.of(whole ? (Object) n.intValueExact() : (Object) n.doubleValue());
    }

    private Optional<Object> length(Length length, LengthBounds bounds, SourceNode node) {
        String written = Quoted.of(((SourceNode.SourceString) node).value().strip());
        String range = "write " + bounds.min() + " to " + bounds.max();
        if (length.points() < Length.parse(bounds.min()).orElseThrow().points() - EPSILON) {
            problems.error(node.location(), bounds.what() + " " + written + " is too small", range);
            return Optional.empty();
        }
        if (length.points() > Length.parse(bounds.max()).orElseThrow().points() + EPSILON) {
            problems.error(node.location(), bounds.what() + " " + written + " is too large", range);
            return Optional.empty();
        }
        return Optional.of(length);
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    /**
     * A style's texts (the header and footer templates, words) are short lines: a 25,000-character
     * footer repeated on every page made a DOCX part so repetitive that readers' zip-bomb guards
     * (POI's) refuse the file.
     */
    static final int MAX_TEXT_CHARS = 200;

    private Optional<Object> text(String text, SourceNode node, RecordComponent component) {
        if (text.length() > MAX_TEXT_CHARS) {
            problems.error(node.location(), "a style text has at most " + MAX_TEXT_CHARS + " characters; this one has "
                    + text.length(), "shorten " + org.briefing.diag.Quoted.of(text));
            return Optional.empty();
        }
        Template template = component == null ? null : component.getAnnotation(Template.class);
        if (template != null) {
            for (String placeholder : template.value()) {
                int first = text.indexOf(placeholder);
                if (first < 0 || text.indexOf(placeholder, first + 1) >= 0) {
                    problems.error(node.location(), "\"" + component.getName() + "\" must hold " + placeholder
                            + " exactly once; it has " + (first < 0 ? "none" : "more than one"),
                            "write where it goes, e.g. " + example(component.getName()));
                    return Optional.empty();
                }
            }
        }
        return Optional.of(text);
    }

    private static String example(String word) {
        return switch (word) {
            case "page" -> "\"Page {page} of {pages}\"";
            case "labelled" -> "\"{label}: {text}\"";
            default -> "\"more than {value}\"";
        };
    }

    private Optional<Object> parsed(Optional<?> value, SourceNode node, String what, String hint) {
        if (value.isEmpty()) {
            problems.error(node.location(), Quoted.of(((SourceNode.SourceString) node).value()) + " is not " + what, hint);
        }
        return value.map(v -> v);
    }

    private Optional<Object> family(String name, SourceNode node) {
        Optional<FontFamily> family = families.get(name);
        if (family == null) {
            problems.error(node.location(), "no font family " + Quoted.of(name) + " in \"fontFamilies\"",
                    NearMiss.suggest(name, families.keySet()).map(n -> "did you mean " + Quoted.of(n) + "?")
                            .orElse("known families: " + String.join(", ",
                                    families.keySet().stream().map(Quoted::of).toList())));
            return Optional.empty();
        }
        // A family with broken files has its problems already; naming it is not another one.
        return family.map(f -> f);
    }

    private <E extends Enum<E>> Optional<Object> constant(Class<E> type, String text, SourceNode node) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return Optional.of(constant);
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        problems.error(node.location(), Quoted.of(text) + " is not allowed here",
                NearMiss.suggest(text, allowed).map(a -> "did you mean \"" + a + "\"?")
                        .orElse("one of " + String.join(", ", allowed.stream().map(a -> "\"" + a + "\"").toList())));
        return Optional.empty();
    }
}
