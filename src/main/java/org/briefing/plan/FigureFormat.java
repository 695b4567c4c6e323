package org.briefing.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
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

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofLocalizedPattern("yMMMM");

    private final Locale locale;
    private final Words words;

    FigureFormat(Locale locale, Words words) {
        this.locale = locale;
        this.words = words;
    }

    /** The value alone: "30", "8.12 million". */
    String number(KeyFigure figure) {
        return bare(figure.value());
    }

    /** The value with its qualifier where the language puts it: "over 30", "plus de 30", "30 이상". */
    String value(KeyFigure figure) {
        String value = bare(figure.value());
        return figure.qualifier().map(q -> words.qualifier(q).replace("{value}", value)).orElse(value);
    }

    /** The qualifier's words before the value ("over "), and after it (" 이상"); empty without one. */
    String[] qualifierAround(KeyFigure figure) {
        String template = figure.qualifier().map(words::qualifier).orElse("{value}");
        int at = template.indexOf("{value}");
        if (at < 0) {
            // The style loader refuses such a template; a word set built in code may still lack it.
            return new String[] {template + " ", ""};
        }
        return new String[] {template.substring(0, at), template.substring(at + "{value}".length())};
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
        if (amount.abs().compareTo(MILLION) >= 0 && format instanceof DecimalFormat decimal) {
            // The compact number where the locale's currency pattern puts the number: "$8.12 million", "8,12 millions $US".
            boolean negative = amount.signum() < 0;
            return (negative ? decimal.getNegativePrefix() : decimal.getPositivePrefix()) + number(amount.abs())
                    + (negative ? decimal.getNegativeSuffix() : decimal.getPositiveSuffix());
        }
        return format.format(amount);
    }

    /**
     * A date as the language writes it in full (CLDR's long form): "January 12, 2023" (en, en-US),
     * "12 January 2023" (en-GB), "12 janvier 2023", "2023年1月12日"; a month as "April 2022", "2022年4月".
     */
    String date(Temporal date) {
        return switch (date) {
            case LocalDate d -> d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            case YearMonth m -> m.format(MONTH.withLocale(locale));
            case Year y -> y.toString();
            default -> date.toString();
        };
    }
}
