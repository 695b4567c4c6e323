package org.briefing.render.docx;

import java.math.BigInteger;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** The output primitives of WordprocessingML: styled paragraphs, runs, fields, bookmarks and links. */
final class DocxWriter {
    private final XWPFDocument document;
    private int bookmarkIds;

    DocxWriter(XWPFDocument document) {
        this.document = document;
    }

    XWPFDocument document() {
        return document;
    }

    XWPFParagraph paragraph(String styleId) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styleId);
        return paragraph;
    }

    /** A run of text, optionally in a character style, appended where {@code runs} adds runs. */
    static CTR text(Supplier<CTR> runs, String text, String characterStyle) {
        CTR run = runs.get();
        if (characterStyle != null) {
            run.addNewRPr().addNewRStyle().setVal(characterStyle);
        }
        String[] lines = DocxXmlText.check("text", text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addNewBr();
            }
            CTText t = run.addNewT();
            t.setStringValue(lines[i]);
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
        return run;
    }

    static void tab(Supplier<CTR> runs) {
        runs.get().addNewTab();
    }

    /**
     * A complex field ({@code PAGE}, {@code PAGEREF x \h}, …) showing {@code cached} until it
     * is updated; returns that shown value, so it can be set later.
     */
    static CTText field(Supplier<CTR> runs, String instruction, String cached) {
        fieldStart(runs, instruction);
        CTText shown = text(runs, cached, null).getTArray(0);
        runs.get().addNewFldChar().setFldCharType(STFldCharType.END);
        return shown;
    }

    /** The opening half of a field, up to where its shown result begins. */
    private static void fieldStart(Supplier<CTR> runs, String instruction) {
        runs.get().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = runs.get().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        runs.get().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** Opens a bookmark at the current end of the paragraph; close it with {@link #bookmarkEnd}. */
    BigInteger bookmarkStart(XWPFParagraph paragraph, String name) {
        BigInteger id = BigInteger.valueOf(bookmarkIds++);
        CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
        start.setName(name);
        start.setId(id);
        return id;
    }

    static void bookmarkEnd(XWPFParagraph paragraph, BigInteger id) {
        CTMarkupRange end = paragraph.getCTP().addNewBookmarkEnd();
        end.setId(id);
    }

    /** A link to a bookmark in this document; add runs to it. */
    static CTHyperlink internalLink(XWPFParagraph paragraph, String bookmark) {
        CTHyperlink link = paragraph.getCTP().addNewHyperlink();
        link.setAnchor(bookmark);
        link.setHistory(true);
        return link;
    }

    /** A link to a web address; add runs to it. */
    CTHyperlink externalLink(XWPFParagraph paragraph, String href) {
        String id = document.getPackagePart()
                .addExternalRelationship(href, XWPFRelation.HYPERLINK.getRelation()).getId();
        CTHyperlink link = paragraph.getCTP().addNewHyperlink();
        link.setId(id);
        link.setHistory(true);
        return link;
    }

    static Supplier<CTR> runsOf(XWPFParagraph paragraph) {
        return paragraph.getCTP()::addNewR;
    }

    static Supplier<CTR> runsOf(CTHyperlink link) {
        return link::addNewR;
    }
}
