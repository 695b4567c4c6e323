package org.briefing.json;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a mistyped one was probably meant to be ("titel" → "title"). */
public final class NearMiss {
    private NearMiss() {}

    /** Names longer than this are no one's typo of a known name, and are not compared. */
    private static final int LONGEST = 100;

    /** The closest candidate within a small edit distance, if any is close enough. */
    public static Optional<String> suggest(String typed, Collection<String> candidates) {
        if (typed.length() > LONGEST) {
            return Optional.empty();
        }
        String wanted = typed.toLowerCase(Locale.ROOT);
        // Short words get no suggestion: "A5" is another thing, not a typo of "A4".
        int allowed = wanted.length() <= 2 ? 0 : Math.min(3, (wanted.length() + 1) / 3);
        // Lengths further apart than the edits allowed cannot be close: skip them without comparing.
        return candidates.stream()
                .filter(c -> c.length() <= LONGEST && Math.abs(c.length() - wanted.length()) <= allowed)
                .filter(c -> distance(wanted, c.toLowerCase(Locale.ROOT)) <= allowed)
                .min(Comparator.comparingInt((String c) -> distance(wanted, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Optimal string alignment distance: Levenshtein plus swaps of neighbouring letters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
