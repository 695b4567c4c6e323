package org.briefing.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.briefing.diag.Location;

/** Ids as written or derived while reading, with where each came from, for the uniqueness check. */
final class Ids {
    static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** One id and the place that gave it (its own field, or the title it was derived from). */
    record Use(String id, String what, Location location) {}

    private final List<Use> uses = new ArrayList<>();

    void record(String id, String what, Location location) {
        uses.add(new Use(id, what, location));
    }

    /**
     * An id derived from a title, or the problem of there being none: a title in a script
     * without ASCII letters or digits gives no slug, and the section must then name its id.
     */
    static String derived(String title, String what, Location at, org.briefing.diag.Problems problems) {
        String slug = slug(title);
        if (!VALID.matcher(slug).matches()) {
            problems.error(at, "cannot make an id from \"" + title + "\"", "give the " + what + " an \"id\"");
        }
        return slug;
    }

    List<Use> uses() {
        return List.copyOf(uses);
    }

    /** "Freedom of Movement" → "freedom-of-movement"; accents are dropped, other letters too. */
    static String slug(String title) {
        String ascii = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
