package org.briefing.plan;

import java.util.Map;

/**
 * The page label each anchor lands on in one layout (Briefing's PDF), which other formats
 * print as their best estimate until the reader's application lays the document out itself.
 */
public record PageNumbers(Map<String, String> labels) {

    public PageNumbers {
        labels = Map.copyOf(labels);
    }

    /** The label of the page {@code anchor} lands on, or "?" if the layout did not place it. */
    public String of(Anchor anchor) {
        return labels.getOrDefault(anchor.name(), "?");
    }
}
