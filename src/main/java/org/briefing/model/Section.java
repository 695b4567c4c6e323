package org.briefing.model;

import java.util.List;
import java.util.stream.Stream;

/** A titled part of the report (or an appendix) with its blocks and nested subsections. */
public record Section(String id, String title, List<Block> blocks, List<Section> subsections) {

    public Section {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    /** This section, then its subsections depth-first. */
    public Stream<Section> selfAndDescendants() {
        return Stream.concat(Stream.of(this), subsections.stream().flatMap(Section::selfAndDescendants));
    }

    /** The words of this section's own blocks (not its subsections'), for provenance checks. */
    public String ownText() {
        StringBuilder text = new StringBuilder();
        blocks.forEach(b -> b.inlines().forEach(i -> text.append(i.plainText()).append('\n')));
        return text.toString();
    }
}
