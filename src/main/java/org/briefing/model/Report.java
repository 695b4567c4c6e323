package org.briefing.model;

import java.util.List;
import java.util.stream.Stream;

/** One report: what it is, what it finds, the figures that back it and the text itself. */
public record Report(
        Metadata metadata,
        Inline lead,
        List<Inline> keyPoints,
        List<KeyFigure> keyFigures,
        List<Section> sections,
        List<Section> appendices) {

    public Report {
        keyPoints = List.copyOf(keyPoints);
        keyFigures = List.copyOf(keyFigures);
        sections = List.copyOf(sections);
        appendices = List.copyOf(appendices);
    }

    /** Every section and appendix at every depth, in reading order. */
    public Stream<Section> allSections() {
        return Stream.concat(sections.stream(), appendices.stream()).flatMap(Section::selfAndDescendants);
    }
}
