package org.briefing.json;

import java.math.BigDecimal;
import org.briefing.model.Limits;

/**
 * A JSON number as written, turned into a value only once its size is known to be bounded.
 *
 * <p>Jackson hands over the number's text; nothing here does arithmetic on it until the text
 * is short and its exponent small, because {@code 1e-999999999} is a valid JSON number whose
 * formatting never ends and {@code 1e2147483648} is one {@link BigDecimal} refuses.
 */
final class NumberText {
    /** Beyond this exponent every non-zero number is out of bounds one way or the other. */
    private static final int MAX_EXPONENT_DIGITS = 3;

    private NumberText() {}

    /** The value, or why it is out of bounds. */
    sealed interface Read {}

    record Value(BigDecimal value) implements Read {}

    record OutOfBounds(String message) implements Read {}

    /** Reads {@code text}, which Jackson has already checked is JSON number syntax. */
    static Read read(String text) {
        String shown = "the number " + org.briefing.diag.Quoted.of(text);
        if (text.length() > Limits.MAX_NUMBER_CHARS) {
            return new OutOfBounds(shown + " is written with " + text.length() + " characters; at most "
                    + Limits.MAX_NUMBER_CHARS + " are allowed");
        }
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        // 0e1000 and 0.0e-1000 are zero, whatever their exponent.
        if (e >= 0 && zeroMantissa(text, e)) {
            return new Value(BigDecimal.ZERO);
        }
        if (e >= 0 && exponentTooLong(text, e + 1)) {
            boolean negative = text.charAt(e + 1) == '-';
            return new OutOfBounds(negative ? tooManyDecimals(shown) : tooLarge(shown));
        }
        // Now at most 40 digits and an exponent below 1000: every operation below is cheap.
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        if (value.abs().compareTo(Limits.NUMBER_MAGNITUDE_BELOW) >= 0) {
            return new OutOfBounds(tooLarge(shown));
        }
        if (value.scale() > Limits.MAX_DECIMALS) {
            return new OutOfBounds(tooManyDecimals(shown));
        }
        if (value.precision() > Limits.MAX_SIGNIFICANT_DIGITS) {
            return new OutOfBounds(shown + " has " + value.precision() + " significant digits; at most "
                    + Limits.MAX_SIGNIFICANT_DIGITS + " are allowed");
        }
        return new Value(value);
    }

    /** True when the value has no fraction; for a number {@link #read} accepted. */
    static boolean isIntegral(BigDecimal value) {
        return value.scale() <= 0;
    }

    /** True when every digit before the exponent, at {@code e}, is 0. */
    private static boolean zeroMantissa(String text, int e) {
        for (int i = 0; i < e; i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean exponentTooLong(String text, int from) {
        int i = from;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        while (i < text.length() - 1 && text.charAt(i) == '0') {
            i++;
        }
        return text.length() - i > MAX_EXPONENT_DIGITS;
    }

    private static String tooLarge(String shown) {
        return shown + " is too large; numbers must be smaller than 1e15 (1,000,000,000,000,000) in size";
    }

    private static String tooManyDecimals(String shown) {
        return shown + " has too many decimal places; at most " + Limits.MAX_DECIMALS + " are allowed";
    }
}
