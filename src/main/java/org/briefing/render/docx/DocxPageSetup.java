package org.briefing.render.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.style.Style;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * Sections and their page setup: the cover alone (no header or footer), the contents numbered
 * i, ii, …, the body from 1; every section the style's paper and margins, never Word's default.
 * The running header and the footers are {@link DocxRunningHeads}.
 */
final class DocxPageSetup {
    /** Bookmarks on the last paragraph of the front matter and of the body (hidden in Word: a leading "_"). */
    static final String FRONT_END = "_BriefingFrontMatterEnd";
    static final String BODY_END = "_BriefingBodyEnd";

    private final DocxContext context;
    private final DocxRunningHeads heads;
    private String headerId;

    DocxPageSetup(DocxContext context) {
        this.context = context;
        this.heads = new DocxRunningHeads(context);
    }

    /**
     * Creates the running header (shared by the contents and the body) and the body's footer,
     * referenced by the body's section.
     */
    void headerAndFooter() {
        var document = context.writer().document();
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        heads.header(header);
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        heads.footer(footer, BODY_END, false);
        headerId = document.getRelationId(header);
    }

    /** Ends the cover's section at this paragraph. */
    void endCover(XWPFParagraph last) {
        CTSectPr section = sectionAt(last);
        page(section, STNumberFormat.LOWER_ROMAN, 1);
    }

    /** Ends the front matter's section (the contents) at this paragraph. */
    void endFrontMatter(XWPFParagraph last) {
        mark(last, FRONT_END);
        CTSectPr section = sectionAt(last);
        section.addNewType().setVal(STSectionMark.NEXT_PAGE);
        page(section, STNumberFormat.LOWER_ROMAN, null);
        var header = section.addNewHeaderReference();
        header.setType(STHdrFtr.DEFAULT);
        header.setId(headerId);
        // Its own footer: "of" counts the front matter's pages (roman), as the PDF's does.
        heads.footer(new XWPFHeaderFooterPolicy(context.writer().document(), section).createFooter(STHdrFtr.DEFAULT),
                FRONT_END, true);
    }

    /** The body's section, the document's last; margins mirror on facing pages when inside and outside differ. */
    void body() {
        var document = context.writer().document();
        var elements = document.getBodyElements();
        XWPFParagraph last = elements.get(elements.size() - 1) instanceof XWPFParagraph p ? p : document.createParagraph();
        mark(last, BODY_END);
        var m = context.style().page().margins();
        if (m.inside().twips() != m.outside().twips()) {
            context.writer().document().getSettings().setMirrorMargins(true);
        }
        var body = context.writer().document().getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        if (!section.isSetType()) {
            section.addNewType().setVal(STSectionMark.NEXT_PAGE);
        }
        page(section, STNumberFormat.DECIMAL, 1);
    }

    private static CTSectPr sectionAt(XWPFParagraph paragraph) {
        var pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        return pPr.addNewSectPr();
    }

    /** An empty bookmark at the end of {@code paragraph}, for the footer's PAGEREF to find its page. */
    private void mark(XWPFParagraph paragraph, String name) {
        DocxWriter.bookmarkEnd(paragraph, context.writer().bookmarkStart(paragraph, name));
    }

    private void page(CTSectPr section, STNumberFormat.Enum format, Integer start) {
        Style style = context.style();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(Math.round(style.page().size().width() * 20)));
        size.setH(BigInteger.valueOf(Math.round(style.page().size().height() * 20)));
        var m = style.page().margins();
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(m.top().twips()));
        margins.setBottom(BigInteger.valueOf(m.bottom().twips()));
        margins.setLeft(BigInteger.valueOf(m.inside().twips()));
        margins.setRight(BigInteger.valueOf(m.outside().twips()));
        margins.setHeader(BigInteger.valueOf(m.top().twips() / 2));
        margins.setFooter(BigInteger.valueOf(m.bottom().twips() / 2));
        margins.setGutter(BigInteger.ZERO);
        var numbers = section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType();
        numbers.setFmt(format);
        if (start != null) {
            numbers.setStart(BigInteger.valueOf(start));
        }
    }
}
