package org.briefing.model;

import java.math.BigDecimal;

/**
 * How big a report may be and how its numbers are bounded: the one place the loader, the plan,
 * the schema test and the format reference take these values from.
 *
 * <p>Each limit is chosen well above what a real report needs and low enough that every
 * format renders a report within them in time that grows linearly with its size.
 */
public final class Limits {
    private Limits() {}

    /** The largest report file, in bytes (32 MiB), checked before the file is read. */
    public static final long MAX_REPORT_BYTES = 32L * 1024 * 1024;

    /**
     * The most JSON values (objects, arrays, strings, numbers, booleans, nulls) in one file:
     * a report of 300 pages has about 100,000, and a table of 50,000 rows of 19 columns fits.
     * It bounds the memory a file's tree takes whatever its shape. Parsing stops at the first
     * value over it, with one problem.
     */
    public static final int MAX_JSON_VALUES = 1_000_000;

    /** The longest field name: Briefing's keys are short, and font family names (the only keys users choose) fit. */
    public static final int MAX_FIELD_NAME_CHARS = 256;

    /**
     * The longest number text the JSON parser reads at all; longer numbers stop parsing. Shorter
     * ones over {@link #MAX_NUMBER_CHARS} are a problem each and reading goes on.
     */
    public static final int MAX_JSON_NUMBER_CHARS = 1_000;

    /** How deep JSON objects and arrays may nest; the deepest valid report needs about 20. */
    public static final int MAX_JSON_DEPTH = 64;

    /** How deep sections nest: headings have levels 1 to 6 in PDF/UA, DOCX and HTML alike. */
    public static final int MAX_SECTION_DEPTH = 6;

    /** Appendices are lettered A to Z. */
    public static final int MAX_APPENDICES = 26;

    public static final int MAX_KEY_FIGURES = 2_000;

    public static final int MAX_KEY_POINTS = 100;

    /** Blocks directly in one section (its subsections have their own). */
    public static final int MAX_BLOCKS_PER_SECTION = 10_000;

    public static final int MAX_LIST_ITEMS = 10_000;

    public static final int MAX_TABLE_ROWS = 50_000;

    /** Word's own limit for one table. */
    public static final int MAX_TABLE_COLUMNS = 63;

    /** Ids as written, and ids derived from titles (which are cut to this length at a hyphen). */
    public static final int MAX_ID_CHARS = 100;

    /** The longest BCP 47 language tag a report may give (RFC 5646 asks processors to accept 35). */
    public static final int MAX_LANGUAGE_CHARS = 35;

    /** The longest link target; browsers and PDF viewers handle 2,000 characters everywhere. */
    public static final int MAX_HREF_CHARS = 2_000;

    /** The longest key-figure source quote: the words that state a figure, not a whole section. */
    public static final int MAX_QUOTE_CHARS = 500;

    /** The most characters a number may be written with in the JSON file, sign and exponent included. */
    public static final int MAX_NUMBER_CHARS = 40;

    /** Every number is smaller than this in size: a thousand trillion, {@code 1e15}. */
    public static final BigDecimal NUMBER_MAGNITUDE_BELOW = BigDecimal.ONE.scaleByPowerOfTen(15);

    /** Significant digits of a number (trailing zeros do not count): what a double keeps exactly. */
    public static final int MAX_SIGNIFICANT_DIGITS = 15;

    /** Digits after the decimal point, trailing zeros not counted; percent values too (of the percent). */
    public static final int MAX_DECIMALS = 6;
}
