package org.briefing.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import org.briefing.render.docx.DocxRenderer;
import org.briefing.render.pdf.MissingCharacter;
import org.briefing.render.pdf.PdfRenderer;
import org.briefing.render.pdf.PdfSummaryRenderer;
import org.briefing.style.Style;
import org.briefing.style.StyleLoader;
import org.briefing.style.TextLook;

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
    /** Whether a character in none of the style's fonts is accepted (drawn as a box) whatever the style says. */
    private final boolean allowMissingCharacters;

    private Briefing(Style style, boolean allowMissingCharacters) {
        this.style = style;
        this.allowMissingCharacters = allowMissingCharacters;
    }

    /** A renderer for a loaded style. */
    public static Briefing withStyle(Style style) {
        return new Briefing(style, false);
    }

    /** A renderer for a style by name (looked up in {@code styles/}, then among the bundled ones) or file. */
    public static Briefing withStyle(String nameOrFile) throws InvalidInputException {
        return withStyle(StyleLoader.load(nameOrFile, Path.of("styles")));
    }

    /**
     * The same renderer, accepting characters that none of the style's fonts has (drawn as boxes,
     * with one warning per report) even when the style's {@code text.missingCharacters} is
     * {@code "error"}: what {@code --allow-missing-characters} asks for.
     */
    public Briefing allowingMissingCharacters() {
        return new Briefing(style, true);
    }

    public Style style() {
        return style;
    }

    private boolean acceptsMissingCharacters() {
        return allowMissingCharacters || style.text().missingCharacters().orElse(TextLook.MissingCharacters.ERROR) == TextLook.MissingCharacters.BOX;
    }

    /** Loads and renders a report file; invalid input throws with every problem found. */
    public Rendered render(Path reportFile, Set<Format> formats) throws InvalidInputException {
        return render(ReportLoader.load(reportFile), reportFile.toString(), formats, null);
    }

    /** Renders a report to the formats asked, one after the other on this thread; problems name it "report". */
    public Rendered render(Report report, Set<Format> formats) throws InvalidInputException {
        return render(report, "report", formats, null);
    }

    /** As {@link #render(Report, String, Set, Executor)}, problems naming the report "report". */
    public Rendered render(Report report, Set<Format> formats, Executor helper) throws InvalidInputException {
        return render(report, "report", formats, helper);
    }

    /**
     * Renders a report to the formats asked. With a {@code helper} pool the DOCX and the summary
     * are built on it while this thread draws the PDF, the DOCX waiting for the PDF's page
     * numbers only to fill in its contents; without one (null) everything runs here, the DOCX
     * after the PDF. The bytes are the same whichever threads do the work.
     *
     * <p>A character that none of the style's fonts has would be lost from the PDF or the
     * summary: unless the loss is accepted ({@link #allowingMissingCharacters()} or the style's
     * {@code text.missingCharacters}), that is invalid input, thrown as one problem per
     * character located in {@code source} (the report's file as the user named it), and no
     * format is returned. Accepted, the characters are drawn as boxes and one warning says so.
     */
    public Rendered render(Report report, String source, Set<Format> formats, Executor helper)
            throws InvalidInputException {
        Plan plan = Planner.plan(report, style);
        Executor side = helper != null ? helper : Runnable::run;
        CompletableFuture<PdfRenderer.Result> pdf = new CompletableFuture<>();
        boolean wantDocx = formats.contains(Format.DOCX);
        // On this thread the DOCX must come after the PDF it waits for; on a pool it starts now.
        CompletableFuture<byte[]> docx = wantDocx && helper != null
                ? CompletableFuture.supplyAsync(() -> docx(plan, () -> join(pdf).pages()), side) : null;
        CompletableFuture<PdfRenderer.Result> summary = formats.contains(Format.SUMMARY)
                ? CompletableFuture.supplyAsync(() -> PdfSummaryRenderer.render(plan), side) : null;
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        List<String> warnings = new ArrayList<>();
        List<MissingCharacter> missing = List.of();
        if (formats.contains(Format.PDF) || wantDocx) {
            try {
                pdf.complete(PdfRenderer.render(plan));
            } catch (RuntimeException | Error e) {
                pdf.completeExceptionally(e);
                throw e;
            }
            warnings.addAll(join(pdf).warnings());
            if (formats.contains(Format.PDF)) {
                files.put(Format.PDF, join(pdf).bytes());
                // A PDF drawn only for the DOCX's page numbers loses nothing a reader sees.
                missing = join(pdf).missing();
            }
        }
        if (wantDocx) {
            files.put(Format.DOCX, docx != null ? join(docx) : docx(plan, () -> join(pdf).pages()));
        }
        if (summary != null) {
            PdfRenderer.Result result = join(summary);
            files.put(Format.SUMMARY, result.bytes());
            result.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
            missing = MissingCharacter.merge(missing, result.missing());
        }
        CharacterLoss loss = new CharacterLoss(missing);
        if (!loss.none()) {
            if (!acceptsMissingCharacters()) {
                throw new InvalidInputException(loss.problems(source));
            }
            warnings.add(0, loss.warning());
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
     * Renders a report file into {@code folder} as NAME.pdf, NAME.docx, NAME-summary.pdf. The
     * files change together: all are written beside their targets first and then renamed over
     * them, so a failure (invalid input, a renderer's exception, a full disk, a rename refused)
     * leaves every earlier file as it was. An {@link OutputFailure} says what failed in plain
     * words, and which files it left replaced if putting them back failed too.
     */
    public Written write(Path reportFile, Set<Format> formats, Path folder) throws InvalidInputException, IOException {
        return write(reportFile, formats, folder, null);
    }

    /** As {@link #write(Path, Set, Path)}, the DOCX and summary built on {@code helper} when it is not null. */
    public Written write(Path reportFile, Set<Format> formats, Path folder, Executor helper)
            throws InvalidInputException, IOException {
        return write(reportFile, formats, folder, helper, Replacement.RENAME);
    }

    /** As above, renaming with {@code mover}: tests make it fail. */
    Written write(Path reportFile, Set<Format> formats, Path folder, Executor helper, Replacement.Mover mover)
            throws InvalidInputException, IOException {
        Report report = ReportLoader.load(reportFile);
        Rendered rendered = render(report, reportFile.toString(), formats, helper);
        String base = baseName(reportFile);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Format format : Format.values()) {
            if (rendered.file(format) != null) {
                files.put(format.fileName(base), rendered.file(format));
            }
        }
        OutputFolder.create(folder);
        List<Path> written = new Replacement(folder, base, files, mover).apply();
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
