package org.briefing.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.model.Block;
import org.briefing.model.Inline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/** Body blocks as styled paragraphs and tables; the exhaustive switch mirrors {@code PdfBlocks}. */
final class DocxBlocks {
    private final DocxContext context;
    private final DocxTables tables;

    DocxBlocks(DocxContext context) {
        this.context = context;
        this.tables = new DocxTables(context);
    }

    void render(Block block) {
        switch (block) {
            case Block.Paragraph p -> paragraph(DocxStyleNames.BODY, p.text());
            case Block.ItemList l -> list(l);
            case Block.Quote q -> quote(q);
            case Block.Callout c -> callout(c);
            case Block.Table t -> tables.render(t);
        }
    }

    XWPFParagraph paragraph(String style, Inline text) {
        XWPFParagraph paragraph = context.writer().paragraph(style);
        DocxInlines.write(context, paragraph, text);
        return paragraph;
    }

    private void list(Block.ItemList list) {
        int numbering = list.ordered() ? context.orderedLists().next() : DocxStyles.BULLET_NUM;
        for (Inline item : list.items()) {
            XWPFParagraph paragraph = paragraph(list.ordered() ? DocxStyleNames.LIST_NUMBER : DocxStyleNames.LIST_BULLET,
                    item);
            paragraph.setNumID(BigInteger.valueOf(numbering));
            paragraph.setNumILvl(BigInteger.ZERO);
        }
    }

    private void quote(Block.Quote quote) {
        paragraph(DocxStyleNames.QUOTE, quote.text());
        quote.attribution().ifPresent(a -> {
            XWPFParagraph by = context.writer().paragraph(DocxStyleNames.QUOTE);
            DocxWriter.text(DocxWriter.runsOf(by), "\u2014 " + a, null);
        });
    }

    private void callout(Block.Callout callout) {
        boolean important = callout.tone() == Block.Callout.Tone.IMPORTANT;
        callout.title().ifPresent(title -> {
            XWPFParagraph heading = context.writer().paragraph(DocxStyleNames.CALLOUT_TITLE);
            DocxWriter.text(DocxWriter.runsOf(heading), title, null);
            if (important) {
                markImportant(heading);
            }
        });
        XWPFParagraph body = paragraph(DocxStyleNames.CALLOUT, callout.text());
        if (important) {
            markImportant(body);
        }
    }

    /** An important callout keeps the Callout style, in the warning colours. */
    private void markImportant(XWPFParagraph paragraph) {
        var colours = context.style().colours();
        CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        var shading = pPr.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(colours.importantBackground().hex());
        var left = pPr.addNewPBdr().addNewLeft();
        left.setVal(STBorder.SINGLE);
        left.setSz(BigInteger.valueOf(24));
        left.setSpace(BigInteger.valueOf(6));
        left.setColor(colours.importantRule().hex());
    }
}
