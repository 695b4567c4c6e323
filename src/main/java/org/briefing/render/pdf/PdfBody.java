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
    /** Room under a level-1 heading's rule. */
    private static final float RULE_SPACE = 6;

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
        heading(plan.words().summary(), 1, plan.summaryAnchor(), root, 0, true);
        PdfLooks looks = context.looks();
        context.flow().text(PdfFlow.TextBlock.of(context.inlines().phrase(plan.report().lead(), looks.lead(), "the lead"),
                looks.leading(looks.lead()), Element.ALIGN_LEFT));
        context.flow().space(12);
        if (!plan.report().keyPoints().isEmpty()) {
            Block.ItemList points = new Block.ItemList(false, plan.report().keyPoints());
            heading(plan.words().keyPoints(), 3, null, null, blocks.startHeight(points, "the key points"), true);
            blocks.render(points, "the key points");
            context.flow().space(8);
        }
        figures.panel(plan.headlineFigures());
        if (!plan.keyFigures().isEmpty()) {
            context.flow().newPage();
            heading(plan.words().keyFigures(), 1, plan.keyFiguresAnchor(), root, 0, true);
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

    /**
     * A section: its heading kept with what it introduces, its blocks, its subsections. Every
     * heading has an outline entry; those at the contents' depth and deeper start closed, so
     * the outline opens like the contents and reaches every heading.
     */
    private void section(PlannedSection section, PdfOutline parent) {
        boolean open = section.level() < context.style().headings().tocDepth();
        PdfOutline outline = heading(section.heading(), section.level(), section.anchor(), parent, following(section),
                open);
        String where = where(section);
        for (Block block : section.section().blocks()) {
            blocks.render(block, where);
        }
        for (PlannedSection sub : section.subsections()) {
            section(sub, outline == null ? parent : outline);
        }
    }

    /**
     * The room needed below a section's heading so that it is not left alone at a page's foot:
     * the start of its first block, or, when a subsection's heading comes first, that heading
     * and what it in turn needs — a chain of headings stays together with the first lines of text.
     */
    private float following(PlannedSection section) {
        if (!section.section().blocks().isEmpty()) {
            return blocks.startHeight(section.section().blocks().get(0), where(section));
        }
        if (section.subsections().isEmpty()) {
            return 0;
        }
        PlannedSection first = section.subsections().get(0);
        return headingHeight(first.heading(), first.level(), true) + following(first);
    }

    /** The place a message about a section's text names: {@code section 2.1 "Detention"}. */
    private static String where(PlannedSection section) {
        String kind = section.appendix() ? "appendix " : "section ";
        return kind + (section.number().isEmpty() ? "" : section.number() + " ")
                + org.briefing.diag.Quoted.of(section.section().title());
    }

    private PdfFlow.TextBlock headingBlock(String text, int level) {
        PdfFonts.Look look = context.looks().heading(level);
        return PdfFlow.TextBlock.of(context.fonts().phrase(text, look,
                "the heading " + org.briefing.diag.Quoted.of(text.replace('\u2002', ' '))), look.size() * 1.25f,
                Element.ALIGN_LEFT);
    }

    /** How tall a heading is drawn: its lines, the space after it, its rule, and (when asked) the space before. */
    private float headingHeight(String text, int level, boolean withBefore) {
        PdfFlow.TextBlock block = headingBlock(text, level);
        float after = (float) context.style().spacing().headingAfter().points();
        float before = withBefore ? before(level) : 0;
        return before + context.flow().lines(block) * block.leading() + after + (level == 1 ? RULE_SPACE : 0);
    }

    private float before(int level) {
        return (float) context.style().spacing().headingBefore().points() * (level == 1 ? 1.25f : 1f);
    }

    /**
     * Draws a heading with room below it for {@code next} points of what follows (the whole
     * chain must fit on the page; if it is taller than a page it starts a page of its own);
     * returns its outline entry.
     */
    private PdfOutline heading(String text, int level, Anchor anchor, PdfOutline parent, float next, boolean open) {
        PdfFlow flow = context.flow();
        PdfFlow.TextBlock block = headingBlock(text, level);
        flow.space(before(level));
        float own = headingHeight(text, level, false);
        // A chain taller than a whole page cannot be kept together; each heading then only
        // keeps itself whole, rather than every one of them taking a page of its own.
        flow.ensure(own + next <= flow.top() - flow.bottom() ? own + next : own);
        PdfOutline outline = null;
        if (anchor != null) {
            flow.anchor(anchor.name());
        }
        if (parent != null && anchor != null) {
            outline = flow.outline(parent, text.replace('\u2002', ' '), open);
        }
        flow.text(block);
        if (level == 1) {
            rule(flow);
        }
        flow.space((float) context.style().spacing().headingAfter().points());
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
        flow.space(RULE_SPACE);
    }
}
