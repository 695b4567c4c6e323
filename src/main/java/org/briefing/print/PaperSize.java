package org.briefing.print;

import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a PDF is laid out for, read from its first page and named as the print service names it. */
final class PaperSize {
    private static final float POINTS_PER_MM = 72f / 25.4f;
    /** Sizes within this many millimetres of A4 or Letter are taken as A4 or Letter. */
    private static final float TOLERANCE_MM = 2f;

    private PaperSize() {}

    /** Without it the Java print service asks CUPS for Letter, whatever the PDF's pages are. */
    static MediaSizeName of(PDDocument document) {
        PDRectangle box = document.getNumberOfPages() == 0
                ? PDRectangle.A4 : document.getPage(0).getMediaBox();
        return forPage(box.getWidth(), box.getHeight());
    }

    /** A4 or Letter when the page is (nearly) one of them, either way round; else the nearest known size. */
    static MediaSizeName forPage(float widthPoints, float heightPoints) {
        float shortMm = Math.min(widthPoints, heightPoints) / POINTS_PER_MM;
        float longMm = Math.max(widthPoints, heightPoints) / POINTS_PER_MM;
        if (near(shortMm, longMm, MediaSize.ISO.A4)) {
            return MediaSizeName.ISO_A4;
        }
        if (near(shortMm, longMm, MediaSize.NA.LETTER)) {
            return MediaSizeName.NA_LETTER;
        }
        return MediaSize.findMedia(shortMm, longMm, MediaSize.MM);
    }

    private static boolean near(float shortMm, float longMm, MediaSize size) {
        return Math.abs(size.getX(MediaSize.MM) - shortMm) <= TOLERANCE_MM
                && Math.abs(size.getY(MediaSize.MM) - longMm) <= TOLERANCE_MM;
    }
}
