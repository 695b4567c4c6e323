package org.briefing.plan;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.Temporal;
import java.util.Currency;
import java.util.Locale;
import org.briefing.model.FigureValue;
import org.briefing.model.KeyFigure;
import org.briefing.model.Limits;

/** Writes a key figure's value out for the report's language: "8.12 million", "over 30", "1–2". */
final class FigureFormat {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Locale locale;

    FigureFormat(Locale locale) {
        this.locale = locale;
    }

    /** The value alone: "30", "8.12 million". */
    String number(KeyFigure figure) {
        return bare(figure.value());
    }

    /** The value with its qualifier in front: "over 30". */
    String value(KeyFigure figure) {
        String value = bare(figure.value());
        return figure.qualifier().map(q -> q.words() + " " + value).orElse(value);
    }

    /** The value with its unit after it: "1–2 km", "over 30 missile tests". */
    String valueWithUnit(KeyFigure figure) {
        String value = value(figure);
        return figure.unit().map(u -> value + " " + u).orElse(value);
    }

    private String bare(FigureValue value) {
        return switch (value) {
            case FigureValue.Count c -> number(BigDecimal.valueOf(c.count()));
            case FigureValue.Number n -> number(n.number());
            case FigureValue.Percent p -> percent(p.percent());
            case FigureValue.Money m -> money(m.amount(), m.currency());
            case FigureValue.DateValue d -> date(d.date());
            case FigureValue.Range r -> number(r.low()) + "\u2013" + number(r.high());
            case FigureValue.Text t -> t.text();
        };
    }

    /** Grouped digits below a million ("1,000"), the language's long compact form above ("8.12 million"). */
    private String number(BigDecimal number) {
        if (number.abs().compareTo(MILLION) >= 0) {
            NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.LONG);
            compact.setMaximumFractionDigits(2);
            return compact.format(number.doubleValue());
        }
        NumberFormat plain = NumberFormat.getNumberInstance(locale);
        plain.setMaximumFractionDigits(decimals(number));
        return plain.format(number);
    }

    private String percent(BigDecimal percent) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(decimals(percent));
        return format.format(percent.movePointLeft(2));
    }

    /**
     * The decimals a value shows: as many as it has, never more than the loader allows, so a
     * value made in code with a scale of a billion cannot make formatting run for ever.
     */
    private static int decimals(BigDecimal value) {
        return Math.min(Limits.MAX_DECIMALS, Math.max(0, value.stripTrailingZeros().scale()));
    }

    private String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        if (amount.abs().compareTo(MILLION) >= 0) {
            return format.getCurrency().getSymbol(locale) + number(amount);
        }
        return format.format(amount);
    }

    /** A date as the language writes it in full: "January 12, 2023", "12 janvier 2023". */
    String date(Temporal date) {
        return switch (date) {
            case LocalDate d -> d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            case YearMonth m -> m.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            case Year y -> y.toString();
            default -> date.toString();
        };
    }
}
