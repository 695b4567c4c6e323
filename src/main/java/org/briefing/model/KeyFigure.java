package org.briefing.model;

import java.util.Optional;

/** A number the text states, lifted out so readers see it at a glance, with where the text states it. */
public record KeyFigure(
        String id,
        String label,
        FigureValue value,
        Optional<String> unit,
        Optional<Qualifier> qualifier,
        Optional<String> period,
        FigureSource source,
        boolean headline,
        Optional<String> note) {

    /** The section that states a figure and, optionally, the words that state it. */
    public record FigureSource(String sectionId, Optional<String> quote) {}
}
