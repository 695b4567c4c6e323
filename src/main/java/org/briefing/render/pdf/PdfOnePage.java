package org.briefing.render.pdf;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Inline;
import org.briefing.model.Metadata;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedFigure;
import org.openpdf.text.Element;

/** One try at laying the summary out on a single page, at one type scale, with the items given. */
final class PdfOnePage {
    private static final float LEADING = 1.3f;

    private PdfOnePage() {}

    /** What a try produced, and whether it stayed on one page. */
    record Attempt(byte[] bytes, boolean fits, List<String> warnings, List<MissingCharacter> missing) {}

    /** Thrown (and caught here) when the content reaches a second page. */
    private static final class Overflow extends RuntimeException {
        Overflow() {
            super(null, null, false, false);
        }
    }

    static Attempt attempt(Plan plan, float scale, List<Inline> points, List<PlannedFigure> figures,
            int droppedFigures, int droppedPoints) {
        if (surelyTooMany(plan, scale, points.size(), figures.size())) {
            return new Attempt(new byte[0], false, List.of(), List.of());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfFile file = PdfFile.open(plan, bytes, " \u2014 " + plan.words().summary());
        PdfFonts fonts = new PdfFonts(plan.style().fonts(), file.writer());
        PdfFlow flow = new PdfFlow(file.document(), file.writer(), plan.style().page(), page -> {
            throw new Overflow();
        });
        PdfContext context = new PdfContext(plan, fonts, new PdfInlines(fonts, plan.style().colours().link()),
                PdfLooks.of(plan.style(), scale), flow, new PdfLateText(fonts, file.writer()), new PdfWarnings());
        try {
            layOut(context, points, figures, continuedLine(plan, droppedFigures, droppedPoints));
        } catch (Overflow overflow) {
            return new Attempt(new byte[0], false, List.of(), List.of());
        }
        file.close(PdfRenderer.contentKey(plan) + "|summary");
        return new Attempt(bytes.toByteArray(), true, context.allWarnings(), fonts.missing());
    }

    /**
     * True when the items cannot fit whatever their text: each key point takes at least a line
     * of body text and each key figure a line of table text. Keeps a try from building a table
     * of thousands of rows to learn that a page holds a few dozen.
     */
    private static boolean surelyTooMany(Plan plan, float scale, int points, int figures) {
        PdfLooks looks = PdfLooks.of(plan.style(), scale);
        var page = plan.style().page();
        double height = page.size().height() - page.margins().top().points() - page.margins().bottom().points();
        return points * looks.leading(looks.body()) + figures * looks.table().size() > height;
    }

    /** "Continued in the full briefing — Key figures: 26, Key points: 25", or null when nothing was left out. */
    private static String continuedLine(Plan plan, int figures, int points) {
        if (figures == 0 && points == 0) {
            return null;
        }
        var words = plan.words();
        List<String> counts = new java.util.ArrayList<>();
        if (figures > 0) {
            counts.add(words.labelled(words.keyFigures(), String.valueOf(figures)));
        }
        if (points > 0) {
            counts.add(words.labelled(words.keyPoints(), String.valueOf(points)));
        }
        return words.continued() + " \u2014 " + String.join(", ", counts);
    }

    private static void layOut(PdfContext context, List<Inline> points, List<PlannedFigure> figures,
            String continued) {
        Plan plan = context.plan();
        Metadata m = plan.report().metadata();
        PdfLooks looks = context.looks();
        PdfFlow flow = context.flow();
        String where = "the summary";
        PdfTextFit fit = context.fit();
        float width = flow.width();
        float height = flow.top() - flow.bottom();
        if (m.edition().isPresent()) {
            PdfFonts.Look look = looks.muted().inBold();
            block(context, fit.fit(m.edition().get().toUpperCase(java.util.Locale.ROOT), look, look.size(), LEADING,
                    width, 2 * look.size() * LEADING, 2, "the edition", where));
        }
        flow.space(2);
        // The title takes at most a quarter of the page, set down to a level-1 heading's size before it is cut.
        PdfFonts.Look title = looks.title().sized(looks.heading(1).size() * 1.4f)
                .withColour(plan.style().colours().accent());
        block(context, fit.fit(m.fullTitle(), title, looks.heading(1).size(), LEADING, width, height / 4,
                Integer.MAX_VALUE, "the title", where));
        flow.space(2);
        String facts = String.join(" \u00b7 ", java.util.stream.Stream.of(java.util.Optional.of(m.organization()),
                java.util.Optional.of(plan.date()), m.period(), m.classification())
                .flatMap(java.util.Optional::stream).toList());
        block(context, fit.fit(facts, looks.muted(), looks.muted().size(), LEADING, width,
                3 * looks.muted().size() * LEADING, 3, "the organization, date and period", where));
        flow.space(10);
        if (!points.isEmpty()) {
            heading(context, plan.words().keyPoints());
            new PdfBlocks(context).render(new Block.ItemList(false, points), "the key points");
        }
        if (!figures.isEmpty()) {
            flow.space(6);
            heading(context, plan.words().keyFigures());
            new PdfKeyFigures(context).table(figures, false);
        }
        flow.space(10);
        if (continued != null) {
            line(context, continued, looks.body().inBold()
                    .withColour(plan.style().colours().accent()), where);
            flow.space(2);
        }
        line(context, plan.words().fullBriefing(), looks.muted(), where);
    }

    /** Draws lines broken by {@link PdfTextFit}, exactly as measured. */
    private static void block(PdfContext context, PdfTextFit.Fitted text) {
        context.flow().text(PdfFlow.TextBlock.of(context.fonts().phrase(text.text(), text.look(), "the summary"),
                text.leading(), Element.ALIGN_LEFT));
    }

    private static void heading(PdfContext context, String text) {
        PdfFonts.Look look = context.looks().heading(2);
        context.flow().ensure(look.size() * 4);
        line(context, text, look, "a heading");
        context.flow().space(4);
    }

    private static void line(PdfContext context, String text, PdfFonts.Look look, String where) {
        context.flow().text(PdfFlow.TextBlock.of(context.fonts().phrase(text, look, where), look.size() * 1.3f,
                Element.ALIGN_LEFT));
    }
}
