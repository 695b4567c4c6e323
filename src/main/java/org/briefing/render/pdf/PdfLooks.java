package org.briefing.render.pdf;

import org.briefing.style.Style;

/** The text looks of a briefing, resolved once from the style. */
record PdfLooks(
        PdfFonts.Look body,
        PdfFonts.Look lead,
        PdfFonts.Look small,
        PdfFonts.Look muted,
        PdfFonts.Look table,
        PdfFonts.Look tableHeader,
        PdfFonts.Look title,
        PdfFonts.Look subtitle,
        PdfFonts.Look figure,
        PdfFonts.Look caption,
        float scale,
        Style style) {

    static PdfLooks of(Style style) {
        return of(style, 1);
    }

    /** The looks with every size multiplied by {@code scale}, for tightening a page that must fit. */
    static PdfLooks of(Style style, float scale) {
        var f = style.fonts();
        var s = style.sizes();
        var c = style.colours();
        return new PdfLooks(
                new PdfFonts.Look(f.body(), pt(s.body()) * scale, false, false, c.text()),
                new PdfFonts.Look(f.body(), pt(s.body()) * 1.15f * scale, false, false, c.text()),
                new PdfFonts.Look(f.heading(), pt(s.small()) * scale, false, false, c.text()),
                new PdfFonts.Look(f.heading(), pt(s.small()) * scale, false, false, c.muted()),
                new PdfFonts.Look(f.table(), pt(s.table()) * scale, false, false, c.text()),
                new PdfFonts.Look(f.table(), pt(s.table()) * scale, true, false, c.tableHeaderText()),
                new PdfFonts.Look(f.heading(), pt(s.title()) * scale, true, false, c.text()),
                new PdfFonts.Look(f.heading(), pt(s.subtitle()) * scale, false, false, c.text()),
                new PdfFonts.Look(f.heading(), pt(s.figure()) * scale, true, false, c.accent()),
                new PdfFonts.Look(f.heading(), (pt(s.small()) + 0.5f) * scale, true, false, c.accent()),
                scale,
                style);
    }

    PdfFonts.Look heading(int level) {
        var s = style.sizes();
        return new PdfFonts.Look(style.fonts().heading(), pt(s.heading(level)) * scale, true, false,
                level == 1 ? style.colours().accent() : style.colours().text());
    }

    /** The line distance for text of this look. */
    float leading(PdfFonts.Look look) {
        return look.size() * (float) style.spacing().lineHeight();
    }

    private static float pt(org.briefing.style.Length length) {
        return (float) length.points();
    }
}
