package org.briefing.render.docx;

import org.briefing.plan.PageNumbers;
import org.briefing.plan.Plan;
import org.briefing.style.Style;

/** What every part of the handout shares: the plan, the estimated page numbers and the writer. */
record DocxContext(Plan plan, PageNumbers pages, DocxWriter writer, OrderedLists orderedLists) {

    Style style() {
        return plan.style();
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
