package org.briefing.plan;

import java.util.List;
import java.util.stream.Stream;
import org.briefing.model.Section;

/**
 * A section or appendix with what the plan decided for it: its number ("2.1", "A", "A.1" or
 * empty), the heading as printed, its depth (1 = top) and its anchor.
 */
public record PlannedSection(Section section, String number, String heading, int level, boolean appendix,
        Anchor anchor, List<PlannedSection> subsections) {

    public PlannedSection {
        subsections = List.copyOf(subsections);
    }

    public Stream<PlannedSection> selfAndDescendants() {
        return Stream.concat(Stream.of(this), subsections.stream().flatMap(PlannedSection::selfAndDescendants));
    }
}
