package org.briefing.plan;

/** One line of the table of contents: the text as printed, its depth and where it links to. */
public record TocEntry(String text, int level, Anchor anchor) {}
