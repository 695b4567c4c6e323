package org.briefing.render.docx;

import org.briefing.plan.PageNumbers;
import org.briefing.plan.Plan;
import org.briefing.style.Style;

/** What every part of the handout shares: the plan, the writer, and page numbers to fill in before writing. */
record DocxContext(Plan plan, DocxWriter writer, OrderedLists orderedLists, PageRefs pageRefs) {

    Style style() {
        return plan.style();
    }

    /**
     * The stored values of the contents' PAGEREF fields, filled in just before the file is
     * written, so the handout can be built while the PDF that knows the pages is still drawn.
     */
    static final class PageRefs {
        private final java.util.List<java.util.Map.Entry<org.briefing.plan.Anchor,
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText>> pending = new java.util.ArrayList<>();

        void add(org.briefing.plan.Anchor anchor, org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText value) {
            pending.add(java.util.Map.entry(anchor, value));
        }

        void fill(PageNumbers pages) {
            pending.forEach(e -> e.getValue().setStringValue(pages.of(e.getKey())));
        }
    }

    /** Hands each ordered list its own numbering instance, so every list restarts at 1. */
    static final class OrderedLists {
        private int used;

        int next() {
            return DocxStyles.orderedNum(used++);
        }

        int used() {
            return used;
        }
    }
}
