package org.briefing.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.model.Block;
import org.briefing.plan.Anchor;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedSection;

/** The body: summary, key figures, numbered sections and lettered appendices, mirroring {@code PdfBody}. */
final class DocxBody {
    private final DocxContext context;
    private final DocxBlocks blocks;
    private final DocxKeyFigures figures;

    DocxBody(DocxContext context) {
        this.context = context;
        this.blocks = new DocxBlocks(context);
        this.figures = new DocxKeyFigures(context);
    }

    void render() {
        Plan plan = context.plan();
        heading(plan.words().summary(), 1, plan.summaryAnchor(), false);
        blocks.paragraph(DocxStyleNames.LEAD, plan.report().lead());
        if (!plan.report().keyPoints().isEmpty()) {
            XWPFParagraph title = context.writer().paragraph(DocxStyleNames.PANEL_HEADING);
            DocxWriter.text(DocxWriter.runsOf(title), plan.words().keyPoints(), null);
            blocks.render(new Block.ItemList(false, plan.report().keyPoints()));
        }
        figures.panel(plan.headlineFigures());
        if (!plan.keyFigures().isEmpty()) {
            heading(plan.words().keyFigures(), 1, plan.keyFiguresAnchor(), true);
            figures.table(plan.keyFigures());
        }
        boolean first = true;
        for (PlannedSection section : plan.sections()) {
            section(section, first);
            first = false;
        }
        for (PlannedSection appendix : plan.appendices()) {
            section(appendix, plan.style().headings().appendixNewPage());
        }
    }

    private void section(PlannedSection section, boolean newPage) {
        heading(section.heading(), section.level(), section.anchor(), newPage);
        for (Block block : section.section().blocks()) {
            blocks.render(block);
        }
        for (PlannedSection sub : section.subsections()) {
            section(sub, false);
        }
    }

    /** A heading in Word's Heading style for its level, wrapped in the bookmark the contents link to. */
    private void heading(String text, int level, Anchor anchor, boolean newPage) {
        XWPFParagraph heading = context.writer().paragraph(DocxStyleNames.heading(level));
        heading.setPageBreak(newPage);
        BigInteger id = context.writer().bookmarkStart(heading, anchor.bookmark());
        DocxWriter.text(DocxWriter.runsOf(heading), text, null);
        DocxWriter.bookmarkEnd(heading, id);
    }
}
