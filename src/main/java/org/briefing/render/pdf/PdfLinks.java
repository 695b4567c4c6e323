package org.briefing.render.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfPageEvent;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Link annotations, made here rather than by OpenPDF's chunk anchors because PDF/A-2 wants
 * every annotation printable ({@code /F 4}) and borderless, which OpenPDF sets only for PDF/A-1.
 * Chunks carry a generic tag naming the target; this event turns each tagged rectangle into a link.
 */
final class PdfLinks implements PdfPageEvent {
    private static final String EXTERNAL = "uri:";
    private static final String INTERNAL = "dest:";

    PdfLinks() {}

    static String external(String href) {
        return EXTERNAL + href;
    }

    static String internal(String destination) {
        return INTERNAL + destination;
    }

    /** OpenPDF calls this once per tagged chunk, with the box the chunk was drawn in. */
    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        link(writer, rect.getLeft(), rect.getBottom(), rect.getRight(), rect.getTop(), tag);
    }

    // The other page events are not used: pages are decorated by PdfFlow, which knows the layout.
    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {}

    @Override
    public void onStartPage(PdfWriter writer, Document document) {}

    @Override
    public void onEndPage(PdfWriter writer, Document document) {}

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {}

    @Override
    public void onParagraph(PdfWriter writer, Document document, float paragraphPosition) {}

    @Override
    public void onParagraphEnd(PdfWriter writer, Document document, float paragraphPosition) {}

    @Override
    public void onChapter(PdfWriter writer, Document document, float paragraphPosition, Paragraph title) {}

    @Override
    public void onChapterEnd(PdfWriter writer, Document document, float paragraphPosition) {}

    @Override
    public void onSection(PdfWriter writer, Document document, float paragraphPosition, int depth, Paragraph title) {}

    @Override
    public void onSectionEnd(PdfWriter writer, Document document, float paragraphPosition) {}

    /** Adds a link over the given box on the current page. */
    static void link(PdfWriter writer, float llx, float lly, float urx, float ury, String tag) {
        PdfAction action = tag.startsWith(INTERNAL)
                ? PdfAction.gotoLocalPage(tag.substring(INTERNAL.length()), false)
                : new PdfAction(tag.substring(EXTERNAL.length()));
        PdfAnnotation link = new PdfAnnotation(writer, llx, lly, urx, ury, action);
        link.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
        link.put(PdfName.BORDER, new PdfArray(new float[] {0, 0, 0}));
        writer.addAnnotation(link);
    }
}
