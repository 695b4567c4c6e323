package org.briefing.render.pdf;

/** Lower-case Roman numerals, for front-matter page numbers. */
final class Roman {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private Roman() {}

    static String lower(int n) {
        StringBuilder roman = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            for (; n >= VALUES[i]; n -= VALUES[i]) {
                roman.append(DIGITS[i]);
            }
        }
        return roman.toString();
    }
}
