package org.briefing.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documents Briefing writes, and how each one's file is named. */
public enum Format {
    /** The PDF briefing. */
    PDF(".pdf"),
    /** The DOCX handout. */
    DOCX(".docx"),
    /** The one-page print summary, a PDF. */
    SUMMARY("-summary.pdf");

    private final String suffix;

    Format(String suffix) {
        this.suffix = suffix;
    }

    /** "north-korea-2023.pdf" for base name "north-korea-2023". */
    public String fileName(String baseName) {
        return baseName + suffix;
    }

    /** The format a user names on the command line ("pdf", "docx", "summary"). */
    public static Optional<Format> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
