package org.briefing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox, as a reader sees it: the text of each page, the page labels, the headings. */
public record PdfReadBack(byte[] bytes, List<String> warnings, List<String> pageTexts, List<String> labels) {

    public static PdfReadBack read(byte[] bytes, List<String> warnings) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            var labels = document.getDocumentCatalog().getPageLabels();
            List<String> labelList = labels == null ? List.of() : List.of(labels.getLabelsByPageIndices());
            return new PdfReadBack(bytes, warnings, texts, labelList);
        } catch (IOException e) {
            throw new AssertionError("PDFBox cannot read the PDF", e);
        }
    }

    /**
     * The text of one page read line by line down the page (PDFBox sorting by position): the
     * page numbers drawn into boxes at the end come in the content stream before their line.
     * Table cells that wrap interleave in this reading, so content checks use {@link #pageTexts}.
     */
    public String linesOf(int pageIndex) {
        try (PDDocument document = open()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public PDDocument open() throws IOException {
        return Loader.loadPDF(bytes);
    }

    /**
     * All the text without running headers and footers, whitespace runs made single spaces,
     * for "is this content there" checks across page breaks.
     */
    public String flatText() {
        StringBuilder text = new StringBuilder();
        for (String page : pageTexts) {
            page.lines().filter(line -> !RUNNING.matcher(line.strip()).matches())
                    .forEach(line -> text.append(line).append('\n'));
        }
        return flat(text.toString());
    }

    private static final java.util.regex.Pattern RUNNING =
            java.util.regex.Pattern.compile("Page \\S+ of \\S+|World Report 2023: North Korea( World Report 2023)?|World Report 2023");

    /**
     * The 0-based index of the page on which each heading-sized bold line starts, keyed by its
     * text, looking from page index {@code from} on (past the cover and the contents).
     */
    public java.util.Map<String, Integer> headingPages(int from) {
        java.util.Map<String, Integer> pages = new java.util.LinkedHashMap<>();
        try (PDDocument document = open()) {
            for (int page = from + 1; page <= document.getNumberOfPages(); page++) {
                int index = page - 1;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        var first = positions.get(0);
                        if (first.getFontSizeInPt() >= 11 && first.getFont().getName().contains("Sans-Bold")) {
                            pages.putIfAbsent(flat(text), index);
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return pages;
    }

    /**
     * Whitespace runs made single spaces; a space after a hyphen dropped, because a line that
     * breaks after "ill-" (or a dash) extracts as "ill- treatment" (applied to both sides of a comparison).
     */
    public static String flat(String text) {
        return text.replace('\u2002', ' ').replaceAll("\\s+", " ").replace("- ", "-").replace("\u2013 ", "\u2013").replace("\u2014 ", "\u2014").strip();
    }
}
