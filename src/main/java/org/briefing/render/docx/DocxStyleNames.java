package org.briefing.render.docx;

/** The Word styles the handout uses, by style id; the README lists their names for users who restyle. */
final class DocxStyleNames {
    static final String NORMAL = "Normal";
    static final String BODY = "BodyText";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String COVER_DETAIL = "CoverDetail";
    static final String LEAD = "Lead";
    static final String PANEL_HEADING = "PanelHeading";
    static final String LIST_BULLET = "ListBullet";
    static final String LIST_NUMBER = "ListNumber";
    static final String QUOTE = "Quote";
    static final String CALLOUT = "Callout";
    static final String CALLOUT_TITLE = "CalloutTitle";
    static final String CAPTION = "Caption";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String FIGURE_NUMBER = "KeyFigureNumber";
    static final String FIGURE_LABEL = "KeyFigureLabel";
    static final String TOC_HEADING = "TOCHeading";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String TABLE = "BriefingTable";
    static final String EMPHASIS = "Emphasis";
    static final String STRONG = "Strong";
    static final String HYPERLINK = "Hyperlink";

    private DocxStyleNames() {}

    /** Sections nest six deep; each depth has its own Word heading, so the navigation pane shows every one. */
    static final int HEADING_LEVELS = 6;

    static String heading(int level) {
        return "Heading" + Math.min(level, HEADING_LEVELS);
    }

    static String toc(int level) {
        return "TOC" + Math.min(level, 3);
    }
}
