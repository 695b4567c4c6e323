package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.PdfReadBack;
import org.briefing.Seed;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.render.docx.DocxRenderer;
import org.briefing.render.pdf.PdfRenderer;
import org.briefing.render.pdf.PdfSummaryRenderer;
import org.briefing.style.PageSetup;
import org.junit.jupiter.api.Test;

/**
 * The shipped styles differ where they should: fonts, colours, margins, alignment. (That
 * everything else holds in every style is proven by the parameterized PDF and DOCX tests.)
 */
class ShippedStylesTest {

    private static Plan plan(String style) {
        return Planner.plan(Seed.report(), Seed.style(style));
    }

    /** Fonts used anywhere in a PDF, without subset prefixes. */
    private static Set<String> fonts(byte[] pdf) throws IOException {
        Set<String> fonts = new HashSet<>();
        try (PDDocument document = PdfReadBack.read(pdf, List.of()).open()) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
        }
        return fonts;
    }

    /** Every RGB colour set by the pages' content streams, as "r g b" with values 0–1. */
    private static Set<String> colours(byte[] pdf) throws IOException {
        Set<String> colours = new HashSet<>();
        try (PDDocument document = PdfReadBack.read(pdf, List.of()).open()) {
            for (PDPage page : document.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 3; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && (op.getName().equals("rg") || op.getName().equals("RG"))) {
                        colours.add(String.format("%.2f %.2f %.2f", number(tokens.get(i - 3)), number(tokens.get(i - 2)),
                                number(tokens.get(i - 1))));
                    }
                }
            }
        }
        return colours;
    }

    private static float number(Object token) {
        return ((COSNumber) token).floatValue();
    }

    private static boolean gray(String rgb) {
        String[] parts = rgb.split(" ");
        return parts[0].equals(parts[1]) && parts[1].equals(parts[2]);
    }

    @Test
    void briefingIsColourAndSansWhilePrintIsGrayAndSerif() throws IOException {
        byte[] briefing = PdfRenderer.render(plan("briefing")).bytes();
        byte[] print = PdfRenderer.render(plan("print")).bytes();
        assertTrue(fonts(briefing).contains("NotoSans-Regular"));
        assertFalse(fonts(briefing).contains("NotoSerif-Regular"), "briefing body is sans");
        assertTrue(fonts(print).contains("NotoSerif-Regular"), "print body is serif");
        assertTrue(colours(briefing).stream().anyMatch(c -> !gray(c)), "briefing uses colour");
        Set<String> printColours = colours(print);
        assertTrue(printColours.stream().allMatch(ShippedStylesTest::gray), "print is grayscale: " + printColours);
        assertTrue(colours(PdfSummaryRenderer.render(plan("print")).bytes()).stream()
                .allMatch(ShippedStylesTest::gray), "print summary is grayscale");
    }

    @Test
    void printLeavesAWiderInnerMarginForBinding() throws IOException {
        var margins = plan("print").style().page().margins();
        assertTrue(margins.inside().points() > margins.outside().points() + 20);
        var briefing = plan("briefing").style().page().margins();
        assertEquals(briefing.inside(), briefing.outside());
        Plan print = plan("print");
        byte[] bytes = DocxRenderer.render(print, PdfRenderer.render(print).pages());
        org.briefing.DocxParts.assertWellFormed(bytes);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertTrue(docx.getSettings().getMirrorMargins(), "the handout mirrors margins on facing pages");
        }
    }

    @Test
    void theHandoutIsA4WithRaggedRightBodyText() throws IOException {
        Plan handout = plan("handout");
        assertEquals(PageSetup.PageSize.A4, handout.style().page().size());
        byte[] bytes = DocxRenderer.render(handout, PdfRenderer.render(handout).pages());
        org.briefing.DocxParts.assertWellFormed(bytes);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var body = docx.getStyles().getStyle("BodyText").getCTStyle();
            assertEquals("left", body.getPPr().getJc().getVal().toString());
            assertEquals(11.0, docx.getStyles().getDefaultRunStyle().getFontSizeAsDouble(), "11pt body");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                DocxRenderer.render(plan("briefing"), PdfRenderer.render(plan("briefing")).pages())))) {
            assertEquals("both", docx.getStyles().getStyle("BodyText").getCTStyle().getPPr().getJc().getVal().toString());
        }
    }
}
