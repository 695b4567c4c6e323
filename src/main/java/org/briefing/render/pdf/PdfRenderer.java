package org.briefing.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.briefing.plan.PageNumbers;
import org.briefing.plan.Plan;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;

/** Renders a plan as the PDF briefing. */
public final class PdfRenderer {
    /** A pass whose page numbers differ from the one before is repeated, at most this often. */
    private static final int MAX_PASSES = 4;

    private PdfRenderer() {}

    /**
     * What a render produced: the file's bytes, warnings such as characters no font can show,
     * and the page label each anchor landed on.
     */
    public record Result(byte[] bytes, List<String> warnings, PageNumbers pages) {}

    /** Renders and writes the PDF to {@code out}; returns the warnings. */
    public static List<String> render(Plan plan, OutputStream out) throws IOException {
        Result result = render(plan);
        out.write(result.bytes());
        return result.warnings();
    }

    /**
     * Lays the document out until the contents' page numbers agree with where the headings
     * land: the first pass uses placeholders of the same width, so the second normally settles.
     */
    public static Result render(Plan plan) {
        PdfLayout layout = PdfLayout.guess();
        Pass pass = null;
        for (int i = 0; i < MAX_PASSES; i++) {
            pass = pass(plan, layout);
            if (pass.layout().equals(layout)) {
                break;
            }
            layout = pass.layout();
        }
        PdfLayout settled = pass.layout();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        settled.anchorPages().forEach((anchor, page) -> labels.put(anchor, settled.label(page)));
        return new Result(pass.bytes(), pass.warnings(), new PageNumbers(labels));
    }

    private record Pass(byte[] bytes, PdfLayout layout, List<String> warnings) {}

    private static Pass pass(Plan plan, PdfLayout previous) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfFile file = PdfFile.open(plan, bytes, "");
        Document document = file.document();
        PdfWriter writer = file.writer();
        PdfFonts fonts = new PdfFonts(plan.style().fonts());
        PdfInlines inlines = new PdfInlines(fonts, plan.style().colours().link());
        PdfRunningHeads[] heads = new PdfRunningHeads[1];
        PdfFlow flow = new PdfFlow(document, writer, plan.style().page(), page -> heads[0].decorate(page));
        PdfContext context = new PdfContext(plan, fonts, inlines, PdfLooks.of(plan.style()), flow, previous);
        heads[0] = new PdfRunningHeads(context);

        PdfCover.render(context);
        flow.newPage();
        PdfContents.render(context);
        flow.newPage();
        int frontPages = flow.page() - 1;
        new PdfBody(context).render();
        flow.finish();
        int totalPages = flow.page();
        PdfMetadata.pageLabels(writer, frontPages);
        file.close(contentKey(plan));
        return new Pass(bytes.toByteArray(), new PdfLayout(flow.anchorPages(), frontPages, totalPages),
                fonts.warnings());
    }

    /** What identifies this document's content, for its file id. */
    static String contentKey(Plan plan) {
        var m = plan.report().metadata();
        return String.join("|", m.title(), m.date().toString(), m.language(), plan.style().name(),
                plan.report().lead().plainText(), String.valueOf(plan.contents()));
    }

}
