package org.briefing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a report is, who publishes it and when; printed on covers and written as document properties. */
public record Metadata(
        String title,
        Optional<String> subtitle,
        String shortTitle,
        String organization,
        LocalDate date,
        Optional<String> period,
        Optional<String> edition,
        String language,
        List<String> authors,
        List<String> keywords,
        Optional<String> classification,
        Optional<SourceDocument> source) {

    public Metadata {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    /** "Title: Subtitle", or the title alone: how documents name the report. */
    public String fullTitle() {
        return title + subtitle.map(s -> ": " + s).orElse("");
    }

    /** The publication the content was taken from. */
    public record SourceDocument(String title, Optional<String> url) {}
}
