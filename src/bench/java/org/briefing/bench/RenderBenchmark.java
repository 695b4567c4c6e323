package org.briefing.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.briefing.load.ReportLoader;
import org.briefing.model.Report;
import org.briefing.plan.PageNumbers;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.render.docx.DocxRenderer;
import org.briefing.render.pdf.PdfRenderer;
import org.briefing.render.pdf.PdfSummaryRenderer;
import org.briefing.style.Style;
import org.briefing.style.StyleLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each step of rendering one report, at 1×, 10× and 100× the seed's size. Run with the
 * command in the README's Performance section; add {@code -prof gc} for allocation per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RenderBenchmark {
    @Param({"1", "10", "100"})
    public int size;

    private String json;
    private Report report;
    private Plan plan;
    private PageNumbers pages;

    @Setup
    public void prepare() throws Exception {
        json = ScaledReport.json(Path.of("source-json/north-korea-2023.json"), size);
        Style style = StyleLoader.load(StyleLoader.DEFAULT, Path.of("styles"));
        report = ReportLoader.loadText("scaled.json", json);
        plan = Planner.plan(report, style);
        PdfRenderer.Result pdf = PdfRenderer.render(plan);
        pages = pdf.pages();
        int pageCount = org.apache.pdfbox.Loader.loadPDF(pdf.bytes()).getNumberOfPages();
        System.out.printf("%n[size %d×: %d sections, PDF %d pages, %d KiB JSON]%n", size,
                report.sections().size(), pageCount, json.length() / 1024);
    }

    @Benchmark
    public Report load() throws Exception {
        return ReportLoader.loadText("scaled.json", json);
    }

    @Benchmark
    public Plan plan() {
        return Planner.plan(report, plan.style());
    }

    @Benchmark
    public byte[] pdf() {
        return PdfRenderer.render(plan).bytes();
    }

    @Benchmark
    public byte[] docx() throws Exception {
        return DocxRenderer.render(plan, pages);
    }

    @Benchmark
    public byte[] summary() {
        return PdfSummaryRenderer.render(plan).bytes();
    }

    /** Everything one report costs: load, plan, and all three files (the DOCX reusing the PDF's pages). */
    @Benchmark
    public int allFormats() throws Exception {
        Plan fresh = Planner.plan(ReportLoader.loadText("scaled.json", json), plan.style());
        PdfRenderer.Result pdf = PdfRenderer.render(fresh);
        return pdf.bytes().length + DocxRenderer.render(fresh, pdf.pages()).length
                + PdfSummaryRenderer.render(fresh).bytes().length;
    }
}
