package org.briefing.render.pdf;

import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Inline;
import org.briefing.plan.Anchor;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedSection;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfOutline;

/** The body: summary page, key figures, numbered sections, lettered appendices; headings kept with what follows. */
final class PdfBody {
    private final PdfContext context;
    private final PdfBlocks blocks;
    private final PdfKeyFigures figures;

    PdfBody(PdfContext context) {
        this.context = context;
        this.blocks = new PdfBlocks(context);
        this.figures = new PdfKeyFigures(context);
    }

    void render() {
        Plan plan = context.plan();
        PdfOutline root = context.flow().canvas().getRootOutline();
        heading(plan.style().words().summary(), 1, plan.summaryAnchor(), root, 0);
        PdfLooks looks = context.looks();
        context.flow().text(PdfFlow.TextBlock.of(context.inlines().phrase(plan.report().lead(), looks.lead(), "the lead"),
                looks.leading(looks.lead()), Element.ALIGN_LEFT));
        context.flow().space(12);
        if (!plan.report().keyPoints().isEmpty()) {
            heading(plan.style().words().keyPoints(), 3, null, null, 0);
            List<Inline> points = plan.report().keyPoints();
            blocks.render(new Block.ItemList(false, points), "the key points");
            context.flow().space(8);
        }
        figures.panel(plan.headlineFigures());
        if (!plan.keyFigures().isEmpty()) {
            context.flow().newPage();
            heading(plan.style().words().keyFigures(), 1, plan.keyFiguresAnchor(), root, 0);
            figures.table(plan.keyFigures(), true);
        }
        boolean first = true;
        for (PlannedSection section : plan.sections()) {
            if (first) {
                context.flow().newPage();
                first = false;
            }
            section(section, root);
        }
        for (PlannedSection appendix : plan.appendices()) {
            if (plan.style().headings().appendixNewPage() && !context.flow().atTop()) {
                context.flow().newPage();
            }
            section(appendix, root);
        }
    }

    private void section(PlannedSection section, PdfOutline parent) {
        float next = section.section().blocks().isEmpty() ? 0 : blocks.startHeight(section.section().blocks().get(0));
        boolean inToc = section.level() <= context.style().headings().tocDepth();
        PdfOutline outline = heading(section.heading(), section.level(), section.anchor(), inToc ? parent : null, next);
        String where = "section " + section.heading().replace('\u2002', ' ');
        for (Block block : section.section().blocks()) {
            blocks.render(block, where);
        }
        for (PlannedSection sub : section.subsections()) {
            section(sub, outline == null ? parent : outline);
        }
    }

    /** Draws a heading with room below it for {@code next} points of what follows; returns its outline entry. */
    private PdfOutline heading(String text, int level, Anchor anchor, PdfOutline parent, float next) {
        PdfFlow flow = context.flow();
        PdfLooks looks = context.looks();
        PdfFonts.Look look = looks.heading(level);
        float leading = look.size() * 1.25f;
        PdfFlow.TextBlock block = PdfFlow.TextBlock.of(context.fonts().phrase(text, look, "a heading"), leading,
                Element.ALIGN_LEFT);
        float before = (float) context.style().spacing().headingBefore().points() * (level == 1 ? 1.25f : 1f);
        float after = (float) context.style().spacing().headingAfter().points();
        flow.space(before);
        flow.ensure(flow.lines(block) * leading + after + next);
        PdfOutline outline = null;
        if (anchor != null) {
            flow.anchor(anchor.name());
        }
        if (parent != null && anchor != null) {
            outline = flow.outline(parent, text.replace('\u2002', ' '), true);
        }
        flow.text(block);
        if (level == 1) {
            rule(flow);
        }
        flow.space(after);
        return outline;
    }

    private void rule(PdfFlow flow) {
        var canvas = flow.canvas();
        canvas.saveState();
        canvas.setColorStroke(PdfFonts.colour(context.style().colours().rule()));
        canvas.setLineWidth(0.75f);
        float y = flow.y() - 4;
        canvas.moveTo(flow.left(), y);
        canvas.lineTo(flow.right(), y);
        canvas.stroke();
        canvas.restoreState();
        flow.space(6);
    }
}
