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

    /** The room a block needs at the foot of a page for a heading above it not to be stranded. */
    float startHeight(Block block) {
        float twoLines = 2 * context.looks().leading(context.looks().body());
        return switch (block) {
            case Block.Paragraph p -> twoLines;
            case Block.ItemList l -> twoLines;
            case Block.Quote q -> twoLines + 12;
            case Block.Callout c -> twoLines + 24;
            case Block.Table t -> tables.startHeightWithCaption(t);
        };
    }

    void paragraph(Inline text, String where) {
        PdfLooks looks = context.looks();
        Phrase phrase = context.inlines().phrase(text, looks.body(), where);
        context.flow().text(PdfFlow.TextBlock.of(phrase, looks.leading(looks.body()), bodyAlignment()));
        context.flow().space(paragraphAfter());
    }

    private void list(Block.ItemList list, String where) {
        PdfLooks looks = context.looks();
        float leading = looks.leading(looks.body());
        for (int i = 0; i < list.items().size(); i++) {
            String mark = list.ordered() ? (i + 1) + "." : "\u2022";
            Phrase marker = context.fonts().phrase(mark, looks.body().withColour(context.style().colours().accent()),
                    where);
            Phrase text = context.inlines().phrase(list.items().get(i), looks.body(), where);
            context.flow().text(new PdfFlow.TextBlock(text, leading, Element.ALIGN_LEFT, LIST_INDENT, 0, marker));
            context.flow().space(paragraphAfter() / 2);
        }
        context.flow().space(paragraphAfter() / 2);
    }

    private void quote(Block.Quote quote, String where) {
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
        box(cell);
    }

    private void callout(Block.Callout callout, String where) {
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
        box(cell);
    }

    private void box(PdfPCell cell) {
        PdfPTable box = new PdfPTable(1);
        box.setTotalWidth(context.flow().width());
        box.setLockedWidth(true);
        box.setSplitLate(true);
        box.addCell(cell);
        context.flow().space(2);
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
