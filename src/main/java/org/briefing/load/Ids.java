package org.briefing.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.model.Limits;

/**
 * Ids as written or derived while reading, with where each came from, for the uniqueness check.
 * Ids are checked and derived by plain scans, never by regular expressions: a repeated group
 * such as {@code (-[a-z0-9]+)*} recurses once per part, and an id of 2,000 parts overflowed the stack.
 */
final class Ids {
    /** One id and the place that gave it (its own field, or the title it was derived from). */
    record Use(String id, String what, Location location) {}

    private final List<Use> uses = new ArrayList<>();

    void record(String id, String what, Location location) {
        uses.add(new Use(id, what, location));
    }

    List<Use> uses() {
        return List.copyOf(uses);
    }

    /**
     * An id derived from a title, {@code prefix} first ("table-"), cut at a hyphen to
     * {@link Limits#MAX_ID_CHARS}. A title with no ASCII letter or digit (概述, حرية التنقل)
     * gives no slug; its id is then the kind of thing and a short hash of the title
     * ("section-3b1f0c2a"): stable from run to run, different for different titles.
     */
    static String derived(String prefix, String title, String what, Location at, Problems problems) {
        String slug = slug(title);
        if (slug.isEmpty()) {
            String kind = prefix.isEmpty() ? slug(what) + "-" : prefix;
            return kind + hash(title);
        }
        return prefix + cut(slug, Limits.MAX_ID_CHARS - prefix.length());
    }

    /** Eight hex digits of the SHA-256 of the title as NFC, so the same title always hashes alike. */
    private static String hash(String title) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    Normalizer.normalize(title.strip(), Normalizer.Form.NFC).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Lowercase ASCII letters and digits joined by single hyphens: "freedom-of-movement". */
    static boolean isValid(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && !(c == '-' && id.charAt(i - 1) != '-')) {
                return false;
            }
        }
        return true;
    }

    /** "Freedom of Movement" → "freedom-of-movement"; accents are dropped, other letters too. */
    static String slug(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            if (!isMark(folded.charAt(i))) {
                letters.append(folded.charAt(i));
            }
        }
        String lower = letters.toString().toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }

    /** At most {@code max} characters, cut after a whole word when there is one. */
    private static String cut(String id, int max) {
        if (id.length() <= max) {
            return id;
        }
        int hyphen = id.lastIndexOf('-', max);
        return hyphen > 0 ? id.substring(0, hyphen) : id.substring(0, max);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
