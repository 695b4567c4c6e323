package org.briefing.style;

import java.lang.reflect.InvocationTargetException;
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
import org.briefing.json.Expect;
import org.briefing.json.NearMiss;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceNode.SourceNumber;
import org.briefing.json.StrictObject;

/**
 * Binds a merged style tree to the style records: a record's components are the only fields
 * allowed, each converted by its Java type (lengths, colours, enums, fonts by family name).
 */
final class StyleBinder {
    private final Problems problems;
    private final Map<String, FontFamily> families;

    StyleBinder(Problems problems, Map<String, FontFamily> families) {
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
            Type componentType = components[i].getGenericType();
            Optional<Object> value = object.get().required(name).flatMap(n -> value(componentType, n));
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<Object> value(Type type, SourceNode node) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type item = list.getActualTypeArguments()[0];
            return Expect.array(node, problems).map(items -> {
                List<Object> values = new ArrayList<>();
                items.forEach(n -> value(item, n).ifPresent(values::add));
                return values.size() == items.size() ? values : null;
            });
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return Expect.string(node, problems).map(s -> s);
        }
        if (raw == boolean.class) {
            return Expect.bool(node, problems).map(b -> b);
        }
        if (raw == int.class) {
            return Expect.number(node, problems).flatMap(n -> {
                if (node instanceof SourceNumber number && number.isIntegral() && n.signum() >= 0
                        && n.compareTo(java.math.BigDecimal.valueOf(1000)) <= 0) {
                    return Optional.of(n.intValueExact());
                }
                problems.error(node.location(), "expected a whole number from 0 to 1000");
                return Optional.empty();
            });
        }
        if (raw == double.class) {
            return Expect.number(node, problems).flatMap(n -> {
                // Every plain number in a style (line height, scale) is a positive factor.
                if (n.signum() > 0 && n.compareTo(java.math.BigDecimal.TEN) <= 0) {
                    return Optional.of(n.doubleValue());
                }
                problems.error(node.location(), "expected a number above 0 and at most 10");
                return Optional.empty();
            });
        }
        if (raw == Length.class) {
            return Expect.string(node, problems).flatMap(s -> parsed(Length.parse(s), node, "a length",
                    "write a number and a unit: \"10pt\", \"22mm\", \"2cm\", \"0.5in\""));
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

    private Optional<Object> parsed(Optional<?> value, SourceNode node, String what, String hint) {
        if (value.isEmpty()) {
            problems.error(node.location(), "\"" + ((SourceNode.SourceString) node).value() + "\" is not " + what, hint);
        }
        return value.map(v -> v);
    }

    private Optional<Object> family(String name, SourceNode node) {
        FontFamily family = families.get(name);
        if (family == null) {
            problems.error(node.location(), "no font family \"" + name + "\" in \"fontFamilies\"",
                    NearMiss.suggest(name, families.keySet()).map(n -> "did you mean \"" + n + "\"?")
                            .orElse("known families: " + String.join(", ", families.keySet())));
            return Optional.empty();
        }
        return Optional.of(family);
    }

    private <E extends Enum<E>> Optional<Object> constant(Class<E> type, String text, SourceNode node) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return Optional.of(constant);
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        problems.error(node.location(), "\"" + text + "\" is not allowed here",
                NearMiss.suggest(text, allowed).map(a -> "did you mean \"" + a + "\"?")
                        .orElse("one of " + String.join(", ", allowed.stream().map(a -> "\"" + a + "\"").toList())));
        return Optional.empty();
    }
}
