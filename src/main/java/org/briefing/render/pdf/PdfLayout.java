package org.briefing.render.pdf;

import java.util.Map;

/**
 * Where things landed: the page of each anchor, how many front-matter pages (cover and
 * contents) come before page 1, and the number of pages in all.
 */
record PdfLayout(Map<String, Integer> anchorPages, int frontPages, int totalPages) {

    /** The page's label as the reader sees it: "ii" in the front matter, "3" in the body. */
    String label(int page) {
        return page <= frontPages ? Roman.lower(page) : String.valueOf(page - frontPages);
    }

    /** The label of the page an anchor landed on ("?" should it not have been placed). */
    String labelOf(String anchor) {
        Integer page = anchorPages.get(anchor);
        return page == null ? "?" : label(page);
    }
}
