package org.briefing.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A character that none of the style's fonts has, with the places it occurs in (first few, in
 * the order met) and how many places there are in all. The PDF draws it as a box; whether that
 * is acceptable is the caller's decision.
 */
public record MissingCharacter(int codePoint, List<String> places, int placeCount) {
    /** A character keeps this many of its places by name; the rest are counted. */
    public static final int NAMED_PLACES = 3;

    public MissingCharacter {
        places = List.copyOf(places);
    }

    /**
     * The characters of both lists, in the order first met, each with the places of both:
     * what a report loses in its PDF and its summary together.
     */
    public static List<MissingCharacter> merge(List<MissingCharacter> first, List<MissingCharacter> second) {
        java.util.Map<Integer, Set<String>> places = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (List<MissingCharacter> list : List.of(first, second)) {
            for (MissingCharacter m : list) {
                places.computeIfAbsent(m.codePoint(), cp -> new LinkedHashSet<>()).addAll(m.places());
                // Places beyond the named ones cannot be compared: count them as distinct.
                counts.merge(m.codePoint(), m.placeCount() - m.places().size(), Integer::sum);
            }
        }
        List<MissingCharacter> merged = new ArrayList<>();
        places.forEach((cp, named) -> merged.add(new MissingCharacter(cp,
                named.stream().limit(NAMED_PLACES).toList(), named.size() + counts.get(cp))));
        return List.copyOf(merged);
    }
}
