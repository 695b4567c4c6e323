package org.briefing.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.plan.PageNumbers;
import org.briefing.plan.Plan;

/**
 * Renders a plan as the PDF briefing, in one layout pass: the page numbers that are known only
 * at the end (the contents' numbers, the footers' "of Y") are drawn into boxes reserved for
 * them and filled once the body is laid out.
 */
public final class PdfRenderer {
    private PdfRenderer() {}

    /**
     * What a render produced: the file's bytes, warnings such as texts cut to fit, the page
     * label each anchor landed on, and the characters no font has (drawn as boxes).
     */
    public record Result(byte[] bytes, List<String> warnings, PageNumbers pages, List<MissingCharacter> missing) {
        public Result {
            warnings = List.copyOf(warnings);
            missing = List.copyOf(missing);
        }
    }

    /** Renders and writes the PDF to {@code out}; returns the warnings. */
    public static List<String> render(Plan plan, OutputStream out) throws IOException {
        Result result = render(plan);
        out.write(result.bytes());
        return result.warnings();
    }

    public static Result render(Plan plan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfFile file = PdfFile.open(plan, bytes, "");
        PdfFonts fonts = new PdfFonts(plan.style().fonts(), file.writer());
        PdfRunningHeads[] heads = new PdfRunningHeads[1];
        PdfFlow flow = new PdfFlow(file.document(), file.writer(), plan.style().page(),
                page -> heads[0].decorate(page));
        PdfContext context = new PdfContext(plan, fonts, new PdfInlines(fonts, plan.style().colours().link()),
                PdfLooks.of(plan.style()), flow, new PdfLateText(fonts, file.writer()), new PdfWarnings());
        heads[0] = new PdfRunningHeads(context);

        PdfCover.render(context);
        flow.newPage();
        PdfContents.render(context);
        flow.newPage();
        int frontPages = flow.page() - 1;
        heads[0].bodyStartsAt(flow.page());
        new PdfBody(context).render();
        flow.finish();
        PdfLayout layout = new PdfLayout(flow.anchorPages(), frontPages, flow.page());
        context.late().fill(layout);
        PdfMetadata.pageLabels(file.writer(), frontPages);
        file.close(contentKey(plan));
        return new Result(bytes.toByteArray(), context.allWarnings(), pages(layout), fonts.missing());
    }

    /** The page label of each anchor, for formats that print page numbers they cannot compute. */
    private static PageNumbers pages(PdfLayout layout) {
        Map<String, String> labels = new HashMap<>();
        layout.anchorPages().forEach((anchor, page) -> labels.put(anchor, layout.label(page)));
        return new PageNumbers(labels);
    }

    /** What identifies this document's content, for its file id. */
    static String contentKey(Plan plan) {
        var m = plan.report().metadata();
        return String.join("|", m.title(), m.date().toString(), m.language(), plan.style().name(),
                plan.report().lead().plainText(), String.valueOf(plan.contents()));
    }
}
