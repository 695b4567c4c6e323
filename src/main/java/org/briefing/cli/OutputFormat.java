package org.briefing.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.briefing.render.docx.DocxRenderer;
import org.briefing.render.pdf.PdfSummaryRenderer;

/** The files {@code briefing render} can write, and how each one's file is named. */
enum OutputFormat {
    PDF(".pdf", (job, out) -> {
        out.write(job.pdf().bytes());
        return job.pdf().warnings();
    }),
    DOCX(".docx", (job, out) -> DocxRenderer.render(job.plan(), job.pdf().pages(), out)),
    SUMMARY("-summary.pdf", (job, out) -> PdfSummaryRenderer.render(job.plan(), out));

    /** Renders one report into a stream and returns its warnings. */
    interface Renderer {
        List<String> render(RenderJob job, OutputStream out) throws IOException;
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
