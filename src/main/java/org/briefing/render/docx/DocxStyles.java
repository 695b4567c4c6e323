package org.briefing.render.docx;

import org.briefing.style.Colour;
import org.briefing.style.Length;
import org.briefing.style.Style;
import org.briefing.style.TextLook;

/**
 * styles.xml and numbering.xml for the handout, written from the style file. A blank POI
 * document has no styles at all; these give Word users real, named styles to restyle.
 */
final class DocxStyles {
    static final int BULLET_NUM = 1;
    static final int NUMBER_ABSTRACT = 1;

    private final Style style;

    DocxStyles(Style style) {
        this.style = style;
    }

    String stylesXml(String language) {
        var s = style.sizes();
        var c = style.colours();
        String body = style.fonts().body().name();
        String heading = style.fonts().heading().name();
        String table = style.fonts().table().name();
        String justify = style.text().align() == TextLook.Align.JUSTIFY ? "both" : "left";
        // Word's "single" spacing already follows the font's own line gap (about 1.3 em for Noto),
        // so the style's line height, a multiple of the font size, is divided by it.
        int line = (int) Math.round(240 * style.spacing().lineHeight() / 1.3);
        long after = style.spacing().paragraphAfter().twips();
        long before = style.spacing().headingBefore().twips();
        long headingAfter = style.spacing().headingAfter().twips();
        long textWidth = textWidth();
        StringBuilder x = new StringBuilder();
        x.append("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        x.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(fonts(body)).append(size(s.body()))
                .append("<w:color w:val=\"").append(c.text().hex()).append("\"/>")
                .append("<w:lang w:val=\"").append(escape(language)).append("\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"").append(after)
                .append("\" w:line=\"").append(line).append("\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        paragraph(x, DocxStyleNames.NORMAL, "Normal", null, true, "", "");
        paragraph(x, DocxStyleNames.BODY, "Body Text", DocxStyleNames.NORMAL, true,
                "<w:widowControl/><w:jc w:val=\"" + justify + "\"/>", "");
        paragraph(x, DocxStyleNames.TITLE, "Title", DocxStyleNames.NORMAL, true,
                "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>",
                fonts(heading) + "<w:b/>" + color(c.accent()) + size(s.title()));
        paragraph(x, DocxStyleNames.SUBTITLE, "Subtitle", DocxStyleNames.NORMAL, true,
                "<w:spacing w:after=\"480\"/>", fonts(heading) + color(c.text()) + size(s.subtitle()));
        paragraph(x, DocxStyleNames.COVER_DETAIL, "Cover Detail", DocxStyleNames.NORMAL, true,
                "<w:spacing w:after=\"40\"/>", fonts(heading) + color(c.muted()) + size(s.body()));
        paragraph(x, DocxStyleNames.LEAD, "Lead", DocxStyleNames.BODY, true,
                "<w:spacing w:after=\"240\"/><w:jc w:val=\"left\"/>",
                sizePoints(s.body().points() * 1.15));
        paragraph(x, DocxStyleNames.PANEL_HEADING, "Panel Heading", DocxStyleNames.NORMAL, true,
                "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/>", fonts(heading) + "<w:b/>" + size(s.heading3()));
        // Levels below 3 look like level 3 (the style sizes three heading levels) but keep their outline level.
        for (int level = 1; level <= DocxStyleNames.HEADING_LEVELS; level++) {
            String pPr = "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + (level == 1 ? before * 5 / 4 : before)
                    + "\" w:after=\"" + headingAfter + "\"/>"
                    + (level == 1 ? "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\""
                            + c.rule().hex() + "\"/></w:pBdr>" : "")
                    + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>";
            paragraph(x, DocxStyleNames.heading(level), "heading " + level, DocxStyleNames.NORMAL, true, pPr,
                    fonts(heading) + "<w:b/>" + color(level == 1 ? c.accent() : c.text()) + size(s.heading(level)));
        }
        String listIndent = "<w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/>";
        paragraph(x, DocxStyleNames.LIST_BULLET, "List Bullet", DocxStyleNames.NORMAL, true,
                "<w:numPr><w:numId w:val=\"" + BULLET_NUM + "\"/></w:numPr>" + listIndent, "");
        paragraph(x, DocxStyleNames.LIST_NUMBER, "List Number", DocxStyleNames.NORMAL, true, listIndent, "");
        paragraph(x, DocxStyleNames.QUOTE, "Quote", DocxStyleNames.NORMAL, true,
                "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"" + c.accent().hex()
                        + "\"/></w:pBdr><w:ind w:left=\"360\" w:right=\"360\"/>", "<w:i/>");
        String calloutBox = "<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"6\" w:color=\"" + c.accent().hex()
                + "\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + c.calloutBackground().hex()
                + "\"/><w:ind w:left=\"180\" w:right=\"180\"/>";
        paragraph(x, DocxStyleNames.CALLOUT, "Callout", DocxStyleNames.NORMAL, true,
                calloutBox + "<w:spacing w:before=\"60\" w:after=\"240\"/>", "");
        paragraph(x, DocxStyleNames.CALLOUT_TITLE, "Callout Title", DocxStyleNames.CALLOUT, true,
                "<w:keepNext/><w:spacing w:after=\"40\"/>", fonts(heading) + "<w:b/>");
        paragraph(x, DocxStyleNames.CAPTION, "caption", DocxStyleNames.NORMAL, true,
                "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"80\"/>",
                fonts(heading) + "<w:b/>" + color(c.accent()) + size(s.small()));
        paragraph(x, DocxStyleNames.TABLE_TEXT, "Table Text", DocxStyleNames.NORMAL, true,
                "<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"252\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
                fonts(table) + size(s.table()));
        paragraph(x, DocxStyleNames.TABLE_HEADING, "Table Heading", DocxStyleNames.TABLE_TEXT, true, "",
                "<w:b/>" + color(c.tableHeaderText()));
        paragraph(x, DocxStyleNames.FIGURE_NUMBER, "Key Figure Number", DocxStyleNames.NORMAL, true,
                "<w:keepNext/><w:spacing w:before=\"60\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                fonts(heading) + "<w:b/>" + color(c.accent()) + size(s.figure()));
        paragraph(x, DocxStyleNames.FIGURE_LABEL, "Key Figure Label", DocxStyleNames.NORMAL, true,
                "<w:spacing w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/>", fonts(heading) + size(s.small()));
        paragraph(x, DocxStyleNames.TOC_HEADING, "TOC Heading", DocxStyleNames.heading(1), true,
                "<w:outlineLvl w:val=\"9\"/>", "");
        // Levels below 3 look like level 3 (the style sizes three heading levels) but keep their outline level.
        for (int level = 1; level <= DocxStyleNames.HEADING_LEVELS; level++) {
            paragraph(x, DocxStyleNames.toc(level), "toc " + level, DocxStyleNames.NORMAL, true,
                    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + textWidth + "\"/></w:tabs>"
                            + "<w:spacing w:before=\"" + (level == 1 ? 80 : 0) + "\" w:after=\"40\"/>"
                            + "<w:ind w:left=\"" + (level - 1) * 320 + "\"/>",
                    fonts(heading) + (level == 1 ? "<w:b/>" : ""));
        }
        // The rule under the header is the bottom border of its two-part table (DocxRunningHeads).
        paragraph(x, DocxStyleNames.HEADER, "header", DocxStyleNames.NORMAL, true,
                "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                fonts(heading) + color(c.muted()) + size(s.small()));
        paragraph(x, DocxStyleNames.FOOTER, "footer", DocxStyleNames.NORMAL, true,
                "<w:jc w:val=\"center\"/><w:spacing w:after=\"0\"/>", fonts(heading) + color(c.muted()) + size(s.small()));
        character(x, DocxStyleNames.EMPHASIS, "Emphasis", "<w:i/>");
        character(x, DocxStyleNames.STRONG, "Strong", "<w:b/>");
        // As in the PDF, a link is drawn in the link colour; where that is the text colour (print)
        // the PDF's links are plain text, and so are these: no underline either.
        boolean plainLinks = c.link().equals(c.text());
        character(x, DocxStyleNames.HYPERLINK, "Hyperlink", color(c.link()) + (plainLinks ? "" : "<w:u w:val=\"single\"/>"));
        x.append("<w:style w:type=\"table\" w:styleId=\"").append(DocxStyleNames.TABLE)
                .append("\"><w:name w:val=\"Briefing Table\"/><w:qFormat/><w:tblPr><w:tblBorders>")
                .append("<w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"").append(c.rule().hex()).append("\"/>")
                .append("<w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"").append(c.rule().hex()).append("\"/>")
                .append("</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/>")
                .append("<w:left w:w=\"90\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/>")
                .append("<w:right w:w=\"90\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>")
                .append("<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/>").append(color(c.tableHeaderText()))
                .append("</w:rPr><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
                .append(c.tableHeaderBackground().hex()).append("\"/></w:tcPr></w:tblStylePr></w:style>");
        x.append("</w:styles>");
        return x.toString();
    }

    /** A bullet list definition and a decimal one; ordered lists each get their own restart. */
    String numberingXml(int orderedLists) {
        StringBuilder x = new StringBuilder(
                "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        x.append("<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>")
                .append("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>")
                .append("<w:lvlText w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/>")
                .append("<w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr>")
                .append("<w:rPr>").append(color(style.colours().accent())).append("</w:rPr></w:lvl></w:abstractNum>");
        x.append("<w:abstractNum w:abstractNumId=\"").append(NUMBER_ABSTRACT)
                .append("\"><w:multiLevelType w:val=\"singleLevel\"/>")
                .append("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>")
                .append("<w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/>")
                .append("<w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>");
        x.append("<w:num w:numId=\"").append(BULLET_NUM).append("\"><w:abstractNumId w:val=\"0\"/></w:num>");
        for (int i = 0; i < orderedLists; i++) {
            x.append("<w:num w:numId=\"").append(orderedNum(i)).append("\"><w:abstractNumId w:val=\"")
                    .append(NUMBER_ABSTRACT).append("\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>")
                    .append("</w:lvlOverride></w:num>");
        }
        return x.append("</w:numbering>").toString();
    }

    /** The numbering instance of the {@code index}-th ordered list, which restarts at 1. */
    static int orderedNum(int index) {
        return BULLET_NUM + 1 + index;
    }

    long textWidth() {
        var margins = style.page().margins();
        return Math.round(style.page().size().width() * 20) - margins.inside().twips() - margins.outside().twips();
    }

    private static void paragraph(StringBuilder x, String id, String name, String basedOn, boolean quick,
            String pPr, String rPr) {
        x.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(id).append("\"")
                .append(id.equals(DocxStyleNames.NORMAL) ? " w:default=\"1\"" : "").append(">")
                .append("<w:name w:val=\"").append(escape(name)).append("\"/>");
        if (basedOn != null) {
            x.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (quick) {
            x.append("<w:qFormat/>");
        }
        x.append("<w:pPr>").append(pPr).append("</w:pPr><w:rPr>").append(rPr).append("</w:rPr></w:style>");
    }

    private static void character(StringBuilder x, String id, String name, String rPr) {
        x.append("<w:style w:type=\"character\" w:styleId=\"").append(id).append("\"><w:name w:val=\"")
                .append(name).append("\"/><w:qFormat/><w:rPr>").append(rPr).append("</w:rPr></w:style>");
    }

    private static String fonts(String family) {
        String f = escape(family);
        return "<w:rFonts w:ascii=\"" + f + "\" w:hAnsi=\"" + f + "\" w:cs=\"" + f + "\" w:eastAsia=\"" + f + "\"/>";
    }

    private static String size(Length length) {
        return sizePoints(length.points());
    }

    private static String sizePoints(double points) {
        long halfPoints = Math.round(points * 2);
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    private static String color(Colour colour) {
        return "<w:color w:val=\"" + colour.hex() + "\"/>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
