package org.briefing.cli;

import java.util.Optional;
import org.briefing.plan.Plan;
import org.briefing.render.AtomicFile;

/** The files {@code briefing render} can write, and how each one's file is named. */
enum OutputFormat {
    PDF(".pdf", null),
    DOCX(".docx", null),
    SUMMARY("-summary.pdf", null);

    /** Renders one plan into a stream. */
    interface Renderer {
        AtomicFile.Writer writer(Plan plan);
    }

    private final String suffix;
    private final Renderer renderer;

    OutputFormat(String suffix, Renderer renderer) {
        this.suffix = suffix;
        this.renderer = renderer;
    }

    String fileName(String baseName) {
        return baseName + suffix;
    }

    /** The renderer, or empty while this format is not built yet. */
    Optional<Renderer> renderer() {
        return Optional.ofNullable(renderer);
    }
}
