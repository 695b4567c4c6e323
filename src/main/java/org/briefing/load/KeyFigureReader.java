package org.briefing.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.json.Expect;
import org.briefing.json.SourceNode;
import org.briefing.json.StrictObject;
import org.briefing.model.FigureValue;
import org.briefing.model.KeyFigure;
import org.briefing.model.Limits;
import org.briefing.model.Qualifier;

/** Reads key figures: the value's JSON type must match the figure's {@code type}. */
final class KeyFigureReader {
    static final List<String> FIELDS = List.of(
            "id", "label", "type", "value", "currency", "unit", "qualifier", "period", "source", "headline", "note");
    private static final List<String> TYPES = List.of("count", "number", "percent", "money", "date", "range", "text");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final Problems problems;
    private final Ids ids;

    KeyFigureReader(Problems problems, Ids ids) {
        this.problems = problems;
        this.ids = ids;
    }

    /** A figure together with where its source reference was written, for the cross-reference check. */
    record Read(KeyFigure figure, Location sectionAt, Location quoteAt) {}

    Optional<Read> read(SourceNode node) {
        Optional<StrictObject> object = StrictObject.of(node, problems, FIELDS);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        StrictObject o = object.get();
        Optional<String> label = o.requiredText("label");
        Optional<String> givenId = o.optionalText("id");
        givenId.ifPresent(i -> IdCheck.check(i, o.locationOf("id"), problems));
        Optional<FigureValue> value = o.requiredText("type")
                .flatMap(t -> Choice.of(t, TYPES, o.locationOf("type"), problems))
                .flatMap(t -> value(t, o));
        Optional<Qualifier> qualifier = o.optionalText("qualifier").flatMap(q -> Choice.of(q,
                        Arrays.stream(Qualifier.values()).map(Qualifier::words).toList(), o.locationOf("qualifier"), problems))
                .flatMap(Qualifier::fromWords);
        if (o.has("currency") && !o.node("type").map(t -> t instanceof SourceNode.SourceString s
                && s.value().equals("money")).orElse(false)) {
            problems.error(o.locationOf("currency"), "\"currency\" belongs only to a figure of type \"money\"");
        }
        Optional<StrictObject> source = o.object("source", List.of("section", "quote"), true);
        Optional<String> section = source.flatMap(s -> s.requiredText("section"));
        Optional<String> quote = source.flatMap(s -> s.node("quote").flatMap(q -> quote(q)));
        boolean headline = o.optionalBoolean("headline").orElse(false);
        if (label.isEmpty() || value.isEmpty() || section.isEmpty()) {
            return Optional.empty();
        }
        String id = givenId.orElseGet(() -> Ids.derived("", label.get(), "key figure", o.locationOf("label"), problems));
        ids.record(id, "key figure", o.locationOf(givenId.isPresent() ? "id" : "label"));
        KeyFigure figure = new KeyFigure(id, label.get(), value.get(), o.optionalText("unit"), qualifier,
                o.optionalText("period"), new KeyFigure.FigureSource(section.get(), quote), headline,
                o.optionalText("note"));
        Location sectionAt = source.get().locationOf("section");
        Location quoteAt = source.get().locationOf("quote");
        return Optional.of(new Read(figure, sectionAt, quoteAt));
    }

    private Optional<FigureValue> value(String type, StrictObject o) {
        Optional<SourceNode> node = o.required("value");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        SourceNode v = node.get();
        return switch (type) {
            case "count" -> Expect.number(v, problems).flatMap(n -> count(n, v));
            case "number" -> Expect.number(v, problems).map(FigureValue.Number::new);
            case "percent" -> Expect.number(v, problems).map(FigureValue.Percent::new);
            case "money" -> Expect.number(v, problems).flatMap(n -> currency(o).map(c -> new FigureValue.Money(n, c)));
            case "date" -> Expect.text(v, problems).flatMap(s -> date(s, v.location())).map(FigureValue.DateValue::new);
            case "range" -> range(v);
            default -> Expect.text(v, problems).map(FigureValue.Text::new);
        };
    }

    /** The words that state the figure: running text, and short enough to search the section for. */
    private Optional<String> quote(SourceNode node) {
        Optional<String> quote = Expect.paragraphText(node, problems);
        if (quote.isPresent() && quote.get().length() > Limits.MAX_QUOTE_CHARS) {
            problems.error(node.location(), "a source quote has at most " + Limits.MAX_QUOTE_CHARS
                    + " characters; this one has " + quote.get().length(), "quote only the words that state the figure");
            return Optional.empty();
        }
        return quote;
    }

    /** {@code n} is within the number bounds already, so below 1e15: a long holds it. */
    private Optional<FigureValue> count(BigDecimal n, SourceNode at) {
        if (n.signum() < 0 || n.scale() > 0) {
            problems.error(at.location(), "a count must be a whole number, zero or more; found "
                    + ((SourceNode.SourceNumber) at).text());
            return Optional.empty();
        }
        return Optional.of(new FigureValue.Count(n.longValueExact()));
    }

    private Optional<String> currency(StrictObject o) {
        return o.requiredText("currency").filter(c -> {
            boolean ok = CURRENCY.matcher(c).matches()
                    && java.util.Currency.getAvailableCurrencies().stream().anyMatch(k -> k.getCurrencyCode().equals(c));
            if (!ok) {
                problems.error(o.locationOf("currency"), "a currency is a three-letter ISO 4217 code such as \"USD\"");
            }
            return ok;
        });
    }

    private Optional<FigureValue> range(SourceNode v) {
        Optional<List<SourceNode>> items = Expect.array(v, problems);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().size() != 2) {
            problems.error(v.location(), "a range needs exactly two numbers, low then high");
            return Optional.empty();
        }
        Optional<BigDecimal> low = Expect.number(items.get().get(0), problems);
        Optional<BigDecimal> high = Expect.number(items.get().get(1), problems);
        if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0) {
            problems.error(v.location(), "a range goes from low to high; " + low.get().toPlainString() + " is above "
                    + high.get().toPlainString());
            return Optional.empty();
        }
        return low.flatMap(l -> high.map(h -> new FigureValue.Range(l, h)));
    }

    /** A date written as YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar. */
    Optional<Temporal> date(String text, Location at) {
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> Year.parse(text);
                case 7 -> YearMonth.parse(text);
                default -> LocalDate.parse(text);
            });
        } catch (DateTimeParseException e) {
            DateProblem.report(text, at, "YYYY-MM-DD, YYYY-MM or YYYY", problems);
            return Optional.empty();
        }
    }
}
