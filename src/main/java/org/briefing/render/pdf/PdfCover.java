package org.briefing.render.pdf;

import java.util.Locale;
import org.briefing.model.Metadata;
import org.briefing.style.Colour;
import org.briefing.style.CoverLook;
import org.briefing.style.Style;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The cover: edition, title and subtitle (on a band of accent colour, or plain), then publisher,
 * date and period. A designed page: every text has a region of its own, and a text too long for
 * it is wrapped, set smaller down to a size the style gives (a level-1 heading for the title, body
 * text for the rest) and only then cut with "…" (see {@link PdfTextFit}).
 */
final class PdfCover {
    private static final float LEADING = 1.2f;
    private static final String WHERE = "the cover";

    private PdfCover() {}

    static void render(PdfContext context) {
        PdfFlow flow = context.flow();
        Style style = context.style();
        Metadata m = context.plan().report().metadata();
        PdfLooks looks = context.looks();
        PdfTextFit fit = context.fit();
        boolean band = style.cover().layout() == CoverLook.Layout.BAND;
        Colour onBand = band ? style.colours().accentText() : style.colours().accent();
        float height = flow.pageHeight();
        float width = flow.width();
        float bandBottom = height * 0.52f;
        if (band) {
            PdfContentByte under = flow.writer().getDirectContentUnder();
            under.saveState();
            under.setColorFill(PdfFonts.colour(style.colours().accent()));
            under.rectangle(0, bandBottom, flow.pageWidth(), height - bandBottom);
            under.fill();
            under.restoreState();
        }
        float bodySize = looks.body().size();
        float top = height - 80;
        if (m.edition().isPresent()) {
            PdfFonts.Look look = looks.subtitle().sized(looks.small().size() + 2).withColour(onBand);
            PdfTextFit.Fitted edition = fit.fit(m.edition().get().toUpperCase(Locale.ROOT), look, look.size(), LEADING,
                    width, 2 * look.size() * LEADING, 2, "the edition", WHERE);
            top = draw(context, edition, top) - 36;
        }
        // The title block sits where the design puts it, raised for a long title up to the edition.
        float regionBottom = bandBottom + 16;
        float room = top - regionBottom;
        PdfTextFit.Fitted subtitle = m.subtitle().map(s -> fit.fit(s, looks.subtitle().withColour(onBand),
                bodySize, LEADING, width, room / 3, 6, "the subtitle", WHERE)).orElse(null);
        float subtitleHeight = subtitle == null ? 0 : subtitle.height() + 8;
        PdfFonts.Look titleLook = looks.title().withColour(onBand);
        PdfTextFit.Fitted title = fit.fit(m.title(), titleLook, Math.min(titleLook.size(), looks.heading(1).size()),
                LEADING, width, room - subtitleHeight, Integer.MAX_VALUE, "the title", WHERE);
        float start = Math.min(top, Math.max(bandBottom + height * 0.20f, regionBottom + title.height() + subtitleHeight));
        float y = draw(context, title, start) - 8;
        if (subtitle != null) {
            draw(context, subtitle, y);
        }
        float lowest = flow.bottom();
        boolean classified = style.cover().showClassification() && m.classification().isPresent();
        PdfFonts.Look classLook = looks.small().inBold().withColour(style.colours().muted());
        if (classified) {
            lowest = flow.bottom() + 30 + 8;
        }
        float infoTop = bandBottom - 40;
        float infoRoom = Math.max(0, infoTop - lowest);
        PdfFonts.Look info = looks.subtitle().sized(bodySize + 2).withColour(style.colours().text());
        y = draw(context, fit.fit(m.organization(), info.inBold(), bodySize, LEADING, width, infoRoom / 2, 4,
                "the organization", WHERE), infoTop) - 4;
        y = draw(context, fit.fit(context.plan().date(), info, bodySize, LEADING, width, infoRoom / 6, 1, "the date",
                WHERE), y) - 4;
        if (m.period().isPresent()) {
            draw(context, fit.fit(m.period().get(), info.withColour(style.colours().muted()), bodySize, LEADING, width,
                    infoRoom / 4, 2, "the period", WHERE), y);
        }
        if (classified) {
            draw(context, fit.fit(m.classification().get().toUpperCase(Locale.ROOT), classLook, classLook.size(),
                    LEADING, width, 2 * classLook.size() * LEADING, 2, "the classification", WHERE),
                    flow.bottom() + 30);
        }
        flow.moveTo(y);
    }

    /** Draws the lines from {@code top} down; returns where the next text may start. */
    private static float draw(PdfContext context, PdfTextFit.Fitted text, float top) {
        PdfFlow flow = context.flow();
        float y = top;
        for (String line : text.lines()) {
            y -= text.leading();
            ColumnText.showTextAligned(flow.canvas(), Element.ALIGN_LEFT, context.fonts().phrase(line, text.look(), WHERE),
                    flow.left(), y, 0);
        }
        return y;
    }
}
