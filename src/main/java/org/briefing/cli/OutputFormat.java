package org.briefing.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.briefing.plan.Plan;
import org.briefing.render.pdf.PdfRenderer;

/** The files {@code briefing render} can write, and how each one's file is named. */
enum OutputFormat {
    PDF(".pdf", PdfRenderer::render),
    DOCX(".docx", null),
    SUMMARY("-summary.pdf", null);

    /** Renders one plan into a stream and returns its warnings. */
    interface Renderer {
        List<String> render(Plan plan, OutputStream out) throws IOException;
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
