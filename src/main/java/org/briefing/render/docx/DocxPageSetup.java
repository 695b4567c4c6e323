package org.briefing.render.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.model.Metadata;
import org.briefing.style.Style;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * Sections and their page setup: the cover alone (no header or footer), the contents numbered
 * i, ii, …, the body from 1; every section the style's paper and margins, never Word's default.
 * The running header and the "Page X of Y" footer (PAGE and NUMPAGES fields) mirror {@code PdfRunningHeads}.
 */
final class DocxPageSetup {
    private final DocxContext context;
    private String headerId;
    private String footerId;

    DocxPageSetup(DocxContext context) {
        this.context = context;
    }

    /** Creates the header and footer parts (referenced by the body's section) and fills them. */
    void headerAndFooter() {
        var document = context.writer().document();
        Style style = context.style();
        Metadata m = context.plan().report().metadata();
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph top = header.createParagraph();
        top.setStyle(DocxStyleNames.HEADER);
        var runs = DocxWriter.runsOf(top);
        DocxWriter.text(runs, Style.fill(style.header(), m.title(), m.shortTitle(), "", ""), null);
        DocxWriter.tab(runs);
        DocxWriter.text(runs, m.edition().orElse(m.organization()), null);
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setStyle(DocxStyleNames.FOOTER);
        footerText(DocxWriter.runsOf(bottom), style.footer());
        headerId = document.getRelationId(header);
        footerId = document.getRelationId(footer);
    }

    /** The footer template with {page} and {pages} as live PAGE and NUMPAGES fields. */
    private void footerText(java.util.function.Supplier<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR> runs,
            String template) {
        Metadata m = context.plan().report().metadata();
        String text = Style.fill(template, m.title(), m.shortTitle(), "\u0000page\u0000", "\u0000pages\u0000");
        for (String part : text.split("\u0000")) {
            switch (part) {
                case "page" -> DocxWriter.field(runs, "PAGE", "1");
                // Arabic even in the front matter, whose PAGE is roman: "Page ii of 15".
                case "pages" -> DocxWriter.field(runs, "NUMPAGES \\* Arabic", "1");
                default -> {
                    if (!part.isEmpty()) {
                        DocxWriter.text(runs, part, null);
                    }
                }
            }
        }
    }

    /** Ends the cover's section at this paragraph. */
    void endCover(XWPFParagraph last) {
        CTSectPr section = sectionAt(last);
        page(section, STNumberFormat.LOWER_ROMAN, 1);
    }

    /** Ends the front matter's section (the contents) at this paragraph. */
    void endFrontMatter(XWPFParagraph last) {
        CTSectPr section = sectionAt(last);
        section.addNewType().setVal(STSectionMark.NEXT_PAGE);
        page(section, STNumberFormat.LOWER_ROMAN, null);
        references(section);
    }

    /** The body's section, the document's last; margins mirror on facing pages when inside and outside differ. */
    void body() {
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

    private void references(CTSectPr section) {
        var header = section.addNewHeaderReference();
        header.setType(STHdrFtr.DEFAULT);
        header.setId(headerId);
        var footer = section.addNewFooterReference();
        footer.setType(STHdrFtr.DEFAULT);
        footer.setId(footerId);
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
