package org.briefing.style;

/** The words documents print, so a report in another language can be styled. */
public record Words(String contents, String appendix, String keyFigures, String keyPoints, String summary,
        String table, String figure, String value, String period, String source, String section, String continued,
        String fullBriefing) {}
