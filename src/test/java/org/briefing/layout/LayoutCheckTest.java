package org.briefing.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefing.style.Length;
import org.briefing.style.PageSetup.Margins;
import org.junit.jupiter.api.Test;

/** The layout check on pages drawn by hand with PDFBox: each kind of fault is found, and a clean page passes. */
class LayoutCheckTest {
    private static final Margins MARGINS = new Margins(new Length(72), new Length(72), new Length(72), new Length(72));

    @Test
    void cleanPagesPass() throws IOException {
        byte[] pdf = pdf((document, font, pages) -> {
            text(document, pages.get(1), font, 12, 72, 700, "Heading");
            text(document, pages.get(1), font, 10, 72, 680, "Body text follows the heading.");
            bookmark(document, pages.get(1), "Heading", 720);
        });
        assertEquals(List.of(), LayoutCheck.check(pdf, MARGINS, true));
    }

    @Test
    void eachFaultIsFound() throws IOException {
        byte[] pdf = pdf((document, font, pages) -> {
            text(document, pages.get(1), font, 10, 72, 700, "Left");
            text(document, pages.get(1), font, 10, 80, 700, "Right");
            text(document, pages.get(1), font, 10, 20, 400, "Margin");
            text(document, pages.get(1), font, 12, 72, 90, "Lonely heading");
            bookmark(document, pages.get(1), "Lonely heading", 110);
            bookmark(document, pages.get(0), "Elsewhere", 700);
            text(document, pages.get(1), font, 10, 72, 650, "Elsewhere");
        });
        List<String> found = LayoutCheck.check(pdf, MARGINS, true);
        String findings = String.join("\n", found);
        // Each fault is one finding that says all of it, not words scattered over several.
        assertTrue(found.stream().anyMatch(f -> f.contains("page 2: \"Left\"") && f.contains("overlaps \"Right\"")),
                findings);
        assertTrue(found.stream().anyMatch(f -> f.contains("page 2: \"Margin\"") && f.contains("is in the margins")),
                findings);
        assertTrue(found.stream().anyMatch(f -> f.contains("page 2 ends with the heading \"Lonely heading\"")), findings);
        assertTrue(found.stream().anyMatch(f -> f.contains("bookmark \"Elsewhere\" goes to page 1")
                && f.contains("on page [2]")), findings);
        assertEquals(4, found.size(), findings);
    }

    interface Drawing {
        void draw(PDDocument document, PDType0Font font, List<PDPage> pages) throws IOException;
    }

    private static byte[] pdf(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument();
                var fontFile = LayoutCheckTest.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            PDPage cover = new PDPage(PDRectangle.A4);
            PDPage body = new PDPage(PDRectangle.A4);
            document.addPage(cover);
            document.addPage(body);
            document.getDocumentCatalog().setDocumentOutline(new PDDocumentOutline());
            drawing.draw(document, font, List.of(cover, body));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDDocument document, PDPage page, PDType0Font font, float size, float x, float y,
            String text) throws IOException {
        try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }
    }

    private static void bookmark(PDDocument document, PDPage page, String title, int top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(top);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        document.getDocumentCatalog().getDocumentOutline().addLast(item);
    }
}
