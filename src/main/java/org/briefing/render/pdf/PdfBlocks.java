package org.briefing.render.pdf;

import org.briefing.model.Block;
import org.briefing.model.Inline;
import org.briefing.style.Style;
import org.briefing.style.TextLook;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Body blocks: one method per kind, chosen by an exhaustive switch so a new kind must be drawn here. */
final class PdfBlocks {
    private static final float LIST_INDENT = 16;
    private static final float BOX_BEFORE = 2;

    private final PdfContext context;
    private final PdfTables tables;

    PdfBlocks(PdfContext context) {
        this.context = context;
        this.tables = new PdfTables(context);
    }

    void render(Block block, String where) {
        switch (block) {
            case Block.Paragraph p -> paragraph(p.text(), where);
            case Block.ItemList l -> list(l, where);
            case Block.Quote q -> quote(q, where);
            case Block.Callout c -> callout(c, where);
            case Block.Table t -> tables.render(t);
        }
    }

    /**
     * The room a block needs at the foot of a page for a heading above it not to be stranded:
     * what the flow will really put on this page before it breaks, measured (a paragraph of up
     * to three lines moves whole, a longer one leaves two; a box moves whole unless taller than a page).
     */
    float startHeight(Block block, String where) {
        return switch (block) {
            case Block.Paragraph p -> firstLines(paragraphBlock(p.text(), where));
            case Block.ItemList l -> l.items().isEmpty() ? 0 : firstLines(itemBlock(l, 0, labelColumn(l, where), where));
            case Block.Quote q -> boxStart(quoteBox(q, where));
            case Block.Callout c -> boxStart(calloutBox(c, where));
            case Block.Table t -> tables.startHeightWithCaption(t);
        };
    }

    private float firstLines(PdfFlow.TextBlock text) {
        int lines = context.flow().lines(text);
        return (lines <= 3 ? lines : 2) * text.leading();
    }

    private float boxStart(PdfPTable box) {
        float height = box.getTotalHeight() + BOX_BEFORE;
        PdfFlow flow = context.flow();
        float page = flow.top() - flow.bottom();
        return height <= page ? height : BOX_BEFORE + 2 * context.looks().leading(context.looks().body()) + 24;
    }

    void paragraph(Inline text, String where) {
        context.flow().text(paragraphBlock(text, where));
        context.flow().space(paragraphAfter());
    }

    private PdfFlow.TextBlock paragraphBlock(Inline text, String where) {
        PdfLooks looks = context.looks();
        Phrase phrase = context.inlines().phrase(text, looks.body(), where);
        return PdfFlow.TextBlock.of(phrase, looks.leading(looks.body()), bodyAlignment());
    }

    private void list(Block.ItemList list, String where) {
        float labels = labelColumn(list, where);
        for (int i = 0; i < list.items().size(); i++) {
            context.flow().text(itemBlock(list, i, labels, where));
            context.flow().space(paragraphAfter() / 2);
        }
        context.flow().space(paragraphAfter() / 2);
    }

    private String label(Block.ItemList list, int index) {
        return list.ordered() ? (index + 1) + "." : "\u2022";
    }

    private PdfFonts.Look labelLook() {
        return context.looks().body().withColour(context.style().colours().accent());
    }

    /**
     * The width of a list's label column: the widest label ("1000.") and a gap, at least the
     * usual indent, so a label of any width never reaches its item's text.
     */
    private float labelColumn(Block.ItemList list, String where) {
        PdfTextFit fit = context.fit();
        float widest = 0;
        // Every label is measured: the digits of a font need not be equally wide.
        for (int i = 0; i < list.items().size(); i++) {
            widest = Math.max(widest, fit.width(label(list, i), labelLook(), where));
            if (!list.ordered()) {
                break;
            }
        }
        return Math.max(LIST_INDENT, widest + labelGap());
    }

    private float labelGap() {
        return context.looks().leading(context.looks().body()) * 0.5f;
    }

    private PdfFlow.TextBlock itemBlock(Block.ItemList list, int index, float labels, String where) {
        PdfLooks looks = context.looks();
        Phrase marker = context.fonts().phrase(label(list, index), labelLook(), where);
        Phrase text = context.inlines().phrase(list.items().get(index), looks.body(), where);
        return new PdfFlow.TextBlock(text, looks.leading(looks.body()), Element.ALIGN_LEFT, labels, 0, marker);
    }

    private void quote(Block.Quote quote, String where) {
        box(quoteBox(quote, where));
    }

    private void callout(Block.Callout callout, String where) {
        box(calloutBox(callout, where));
    }

    private PdfPTable quoteBox(Block.Quote quote, String where) {
        Style style = context.style();
        PdfLooks looks = context.looks();
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2.5f);
        cell.setBorderColorLeft(PdfFonts.colour(style.colours().accent()));
        cell.setPaddingLeft(12);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(6);
        cell.addElement(paragraphElement(context.inlines().phrase(quote.text(), looks.body().inItalic(), where),
                looks.leading(looks.body()), Element.ALIGN_LEFT));
        quote.attribution().ifPresent(a -> cell.addElement(paragraphElement(
                context.fonts().phrase("\u2014 " + a, looks.muted(), where), looks.leading(looks.muted()),
                Element.ALIGN_LEFT)));
        return boxOf(cell);
    }

    private PdfPTable calloutBox(Block.Callout callout, String where) {
        Style style = context.style();
        PdfLooks looks = context.looks();
        boolean important = callout.tone() == Block.Callout.Tone.IMPORTANT;
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(PdfFonts.colour(important
                ? style.colours().importantBackground() : style.colours().calloutBackground()));
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorLeft(PdfFonts.colour(important ? style.colours().importantRule() : style.colours().accent()));
        cell.setPadding(10);
        cell.setPaddingTop(6);
        cell.setPaddingBottom(10);
        callout.title().ifPresent(t -> cell.addElement(paragraphElement(
                context.fonts().phrase(t, looks.heading(3), where), looks.leading(looks.heading(3)), Element.ALIGN_LEFT)));
        cell.addElement(paragraphElement(context.inlines().phrase(callout.text(), looks.body(), where),
                looks.leading(looks.body()), Element.ALIGN_LEFT));
        return boxOf(cell);
    }

    private PdfPTable boxOf(PdfPCell cell) {
        PdfPTable box = new PdfPTable(1);
        box.setTotalWidth(context.flow().width());
        box.setLockedWidth(true);
        box.setSplitLate(true);
        box.addCell(cell);
        return box;
    }

    private void box(PdfPTable box) {
        context.flow().space(BOX_BEFORE);
        context.flow().element(box);
        context.flow().space(paragraphAfter() * 1.5f);
    }

    static org.openpdf.text.Paragraph paragraphElement(Phrase phrase, float leading, int alignment) {
        org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph(leading);
        paragraph.add(phrase);
        paragraph.setLeading(leading);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private int bodyAlignment() {
        return context.style().text().align() == TextLook.Align.JUSTIFY ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT;
    }

    private float paragraphAfter() {
        return (float) context.style().spacing().paragraphAfter().points();
    }
}
