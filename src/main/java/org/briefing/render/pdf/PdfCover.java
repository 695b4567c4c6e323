package org.briefing.render.pdf;

import org.briefing.model.Metadata;
import org.briefing.style.Colour;
import org.briefing.style.CoverLook;
import org.briefing.style.Style;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;

/** The cover: edition, title and subtitle (on a band of accent colour, or plain), then publisher, date and period. */
final class PdfCover {
    private PdfCover() {}

    static void render(PdfContext context) {
        PdfFlow flow = context.flow();
        Style style = context.style();
        Metadata m = context.plan().report().metadata();
        PdfLooks looks = context.looks();
        boolean band = style.cover().layout() == CoverLook.Layout.BAND;
        Colour onBand = band ? style.colours().accentText() : style.colours().accent();
        float bandBottom = flow.pageHeight() * 0.52f;
        if (band) {
            PdfContentByte under = flow.writer().getDirectContentUnder();
            under.saveState();
            under.setColorFill(PdfFonts.colour(style.colours().accent()));
            under.rectangle(0, bandBottom, flow.pageWidth(), flow.pageHeight() - bandBottom);
            under.fill();
            under.restoreState();
        }
        String where = "the cover";
        flow.moveTo(flow.pageHeight() - 80);
        m.edition().ifPresent(edition -> line(context, edition.toUpperCase(java.util.Locale.ROOT),
                looks.subtitle().sized(looks.small().size() + 2).withColour(onBand), where, 36));
        flow.moveTo(bandBottom + flow.pageHeight() * 0.20f);
        line(context, m.title(), looks.title().withColour(onBand), where, 8);
        m.subtitle().ifPresent(subtitle -> line(context, subtitle, looks.subtitle().withColour(onBand), where, 0));
        flow.moveTo(bandBottom - 40);
        PdfFonts.Look info = looks.subtitle().sized(looks.body().size() + 2).withColour(style.colours().text());
        line(context, m.organization(), info.inBold(), where, 4);
        line(context, context.plan().date(), info, where, 4);
        m.period().ifPresent(period -> line(context, period, info.withColour(style.colours().muted()), where, 4));
        if (style.cover().showClassification()) {
            m.classification().ifPresent(classification -> {
                flow.moveTo(flow.bottom() + 30);
                line(context, classification.toUpperCase(java.util.Locale.ROOT),
                        looks.small().inBold().withColour(style.colours().muted()), where, 0);
            });
        }
    }

    private static void line(PdfContext context, String text, PdfFonts.Look look, String where, float after) {
        PdfFlow flow = context.flow();
        float leading = look.size() * 1.2f;
        flow.text(PdfFlow.TextBlock.of(context.fonts().phrase(text, look, where), leading, Element.ALIGN_LEFT));
        flow.moveTo(flow.y() - after);
    }
}
