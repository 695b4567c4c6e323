package org.briefing.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.briefing.diag.InvalidInputException;
import org.briefing.load.ReportLoader;
import org.briefing.model.Report;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.render.AtomicFile;
import org.briefing.render.docx.DocxRenderer;
import org.briefing.render.pdf.PdfRenderer;
import org.briefing.render.pdf.PdfSummaryRenderer;
import org.briefing.style.Style;
import org.briefing.style.StyleLoader;

/**
 * Renders reports in one style. Immutable and thread-safe: build one, share it between threads.
 *
 * <pre>{@code
 * Briefing briefing = Briefing.withStyle("briefing");
 * Rendered files = briefing.render(Path.of("source-json/north-korea-2023.json"), EnumSet.allOf(Format.class));
 * Files.write(Path.of("north-korea-2023.pdf"), files.file(Format.PDF));
 * }</pre>
 */
public final class Briefing {
    private final Style style;

    private Briefing(Style style) {
        this.style = style;
    }

    /** A renderer for a loaded style. */
    public static Briefing withStyle(Style style) {
        return new Briefing(style);
    }

    /** A renderer for a style by name (looked up in {@code styles/}, then among the bundled ones) or file. */
    public static Briefing withStyle(String nameOrFile) throws InvalidInputException {
        return new Briefing(StyleLoader.load(nameOrFile, Path.of("styles")));
    }

    public Style style() {
        return style;
    }

    /** Loads and renders a report file; invalid input throws with every problem found. */
    public Rendered render(Path reportFile, Set<Format> formats) throws InvalidInputException {
        return render(ReportLoader.load(reportFile), formats);
    }

    /** Renders a report to the formats asked, one after the other on this thread. */
    public Rendered render(Report report, Set<Format> formats) {
        Plan plan = Planner.plan(report, style);
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        List<String> warnings = new ArrayList<>();
        if (formats.contains(Format.PDF) || formats.contains(Format.DOCX)) {
            PdfRenderer.Result pdf = PdfRenderer.render(plan);
            warnings.addAll(pdf.warnings());
            if (formats.contains(Format.PDF)) {
                files.put(Format.PDF, pdf.bytes());
            }
            if (formats.contains(Format.DOCX)) {
                files.put(Format.DOCX, docx(plan, pdf::pages));
            }
        }
        if (formats.contains(Format.SUMMARY)) {
            addSummary(PdfSummaryRenderer.render(plan), files, warnings);
        }
        return new Rendered(files, warnings);
    }

    private static void addSummary(PdfRenderer.Result summary, Map<Format, byte[]> files, List<String> warnings) {
        files.put(Format.SUMMARY, summary.bytes());
        summary.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
    }

    /**
     * Renders a report to the formats asked: the DOCX and the summary are built on
     * {@code helper} while this thread draws the PDF; the DOCX waits for the PDF's page numbers
     * only to fill in its contents. The bytes are the same whichever threads do the work.
     * {@code helper} must run tasks on other threads (a pool), not on the caller's.
     */
    public Rendered render(Report report, Set<Format> formats, Executor helper) {
        Plan plan = Planner.plan(report, style);
        CompletableFuture<PdfRenderer.Result> pdf = new CompletableFuture<>();
        CompletableFuture<byte[]> docx = formats.contains(Format.DOCX)
                ? CompletableFuture.supplyAsync(() -> docx(plan, () -> join(pdf).pages()), helper) : null;
        CompletableFuture<PdfRenderer.Result> summary = formats.contains(Format.SUMMARY)
                ? CompletableFuture.supplyAsync(() -> PdfSummaryRenderer.render(plan), helper) : null;
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        List<String> warnings = new ArrayList<>();
        if (formats.contains(Format.PDF) || docx != null) {
            try {
                pdf.complete(PdfRenderer.render(plan));
            } catch (RuntimeException | Error e) {
                pdf.completeExceptionally(e);
                throw e;
            }
            warnings.addAll(join(pdf).warnings());
            if (formats.contains(Format.PDF)) {
                files.put(Format.PDF, join(pdf).bytes());
            }
        }
        if (docx != null) {
            files.put(Format.DOCX, join(docx));
        }
        if (summary != null) {
            addSummary(join(summary), files, warnings);
        }
        return new Rendered(files, warnings);
    }

    private static byte[] docx(Plan plan, java.util.function.Supplier<org.briefing.plan.PageNumbers> pages) {
        try {
            return DocxRenderer.render(plan, pages);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The result, or the renderer's own exception rather than a wrapper. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Renders a report file into {@code folder} as NAME.pdf, NAME.docx, NAME-summary.pdf; each
     * file is written to a temporary file and renamed, so a failure leaves earlier files as they were.
     */
    public Written write(Path reportFile, Set<Format> formats, Path folder) throws InvalidInputException, IOException {
        return write(reportFile, formats, folder, null);
    }

    /** As {@link #write(Path, Set, Path)}, the DOCX and summary built on {@code helper} when it is not null. */
    public Written write(Path reportFile, Set<Format> formats, Path folder, Executor helper)
            throws InvalidInputException, IOException {
        Report report = ReportLoader.load(reportFile);
        Rendered rendered = helper == null ? render(report, formats) : render(report, formats, helper);
        String base = baseName(reportFile);
        List<Path> written = new ArrayList<>();
        for (Format format : Format.values()) {
            byte[] bytes = rendered.file(format);
            if (bytes != null) {
                Path target = folder.resolve(format.fileName(base));
                try {
                    AtomicFile.write(target, out -> out.write(bytes));
                } catch (IOException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
                written.add(target);
            }
        }
        return new Written(written, rendered.warnings());
    }

    /** The files written for one report, and its warnings. */
    public record Written(List<Path> files, List<String> warnings) {
        public Written {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /** "north-korea-2023" for "source-json/north-korea-2023.json". */
    public static String baseName(Path report) {
        String name = report.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
