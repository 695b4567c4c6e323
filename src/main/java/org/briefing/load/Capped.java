package org.briefing.load;

import java.util.List;
import java.util.Locale;
import org.briefing.diag.Problems;
import org.briefing.json.SourceNode;

/** Holds an array to one of the report's limits: the first item over it is the problem, the rest is not read. */
final class Capped {
    private Capped() {}

    /**
     * The first {@code max} items; when there are more, one problem at the first item over
     * the limit, e.g. "a table has at most 50,000 rows; this is row 50,001 of 60,000".
     */
    static List<SourceNode> items(List<SourceNode> items, int max, String owner, String things, String thing,
            Problems problems) {
        if (items.size() <= max) {
            return items;
        }
        problems.error(items.get(max).location(), String.format(Locale.ROOT, "%s has at most %,d %s; this is %s %,d of %,d",
                owner, max, things, thing, max + 1, items.size()));
        return items.subList(0, max);
    }
}
