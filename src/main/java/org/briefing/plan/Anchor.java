package org.briefing.plan;

/**
 * Where a link can land: {@code name} for PDF destinations, {@code bookmark} for Word, whose
 * bookmark names allow only letters, digits and underscores, at most 40 characters.
 */
public record Anchor(String name, String bookmark) {

    static Anchor of(String id) {
        String bookmark = "b_" + id.replace('-', '_');
        if (bookmark.length() > 40) {
            bookmark = bookmark.substring(0, 31) + "_" + String.format("%08x", id.hashCode());
        }
        return new Anchor(id, bookmark);
    }
}
