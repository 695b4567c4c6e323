package org.briefing.model;

import java.math.BigDecimal;
import java.time.temporal.Temporal;

/** The typed value of a key figure; how it is written out is decided by the plan, per locale. */
public sealed interface FigureValue {

    record Count(long count) implements FigureValue {}

    record Number(BigDecimal number) implements FigureValue {}

    record Percent(BigDecimal percent) implements FigureValue {}

    record Money(BigDecimal amount, String currency) implements FigureValue {}

    /** A {@link java.time.Year}, {@link java.time.YearMonth} or {@link java.time.LocalDate}. */
    record DateValue(Temporal date) implements FigureValue {}

    record Range(BigDecimal low, BigDecimal high) implements FigureValue {}

    record Text(String text) implements FigureValue {}
}
