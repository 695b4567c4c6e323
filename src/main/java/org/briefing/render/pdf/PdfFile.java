package org.briefing.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.briefing.plan.Plan;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/** An open PDF of the style's page size with the report's metadata, PDF/A-2b settings and link handling. */
record PdfFile(Document document, PdfWriter writer) {

    static PdfFile open(Plan plan, OutputStream out, String titleSuffix) {
        var size = plan.style().page().size();
        Document document = new Document(new Rectangle((float) size.width(), (float) size.height()));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfLinks());
        PdfMetadata.beforeOpen(document, writer, plan, titleSuffix);
        document.open();
        try {
            PdfMetadata.afterOpen(writer, plan);
        } catch (IOException e) {
            throw new IllegalStateException("cannot set the output intent", e);
        }
        return new PdfFile(document, writer);
    }

    /** Finishes the file: file id and XMP, then the trailer. */
    void close(String contentKey) {
        PdfMetadata.beforeClose(writer, contentKey);
        document.close();
    }
}
