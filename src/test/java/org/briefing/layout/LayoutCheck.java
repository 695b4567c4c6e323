package org.briefing.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.briefing.layout.PageWords.Word;
import org.briefing.style.PageSetup.Margins;

/**
 * Checks a rendered PDF the way a reader would see a broken page, knowing only the style's
 * margins: no two words drawn over each other; no glyph off the page or in the margins (the
 * running header above the text block and the footer below it excepted, and on the cover
 * nothing but the side margins); no page ending with a heading; every bookmark going to the
 * page that shows its heading. Each finding names the page, the words and their boxes.
 */
final class LayoutCheck {
    /** Boxes may touch or cross by this much (rounding in the PDF and in PDFBox). */
    static final double TOLERANCE = 0.5;

    private final Margins margins;
    private final boolean runningHeads;
    private final List<String> findings = new ArrayList<>();

    /**
     * @param runningHeads the briefing: page 1 is the cover, later pages have a header and a
     *                     footer in the top and bottom margins; false for the one-page summary
     */
    private LayoutCheck(Margins margins, boolean runningHeads) {
        this.margins = margins;
        this.runningHeads = runningHeads;
    }

    /** Every finding in {@code pdf}, in page order. */
    static List<String> check(byte[] pdf, Margins margins, boolean runningHeads) throws IOException {
        LayoutCheck check = new LayoutCheck(margins, runningHeads);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<Word>> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<Word> words = PageWords.of(document, page);
                pages.add(words);
                check.overlaps(page, words);
                check.placement(page, document.getPage(page - 1).getMediaBox(), words);
            }
            if (runningHeads) {
                check.headings(Outline.of(document), pages, document);
            }
        }
        return check.findings;
    }

    private void overlaps(int page, List<Word> words) {
        List<Word> byLeft = new ArrayList<>(words);
        byLeft.sort(Comparator.comparingDouble(Word::left));
        for (int i = 0; i < byLeft.size(); i++) {
            Word a = byLeft.get(i);
            for (int j = i + 1; j < byLeft.size(); j++) {
                Word b = byLeft.get(j);
                if (b.left() >= a.right() - TOLERANCE) {
                    break;
                }
                double across = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
                double down = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
                if (across > TOLERANCE && down > TOLERANCE) {
                    findings.add("page " + page + ": " + a.shown() + " overlaps " + b.shown());
                }
            }
        }
    }

    private void placement(int page, PDRectangle media, List<Word> words) {
        double width = media.getWidth();
        double height = media.getHeight();
        boolean odd = page % 2 == 1;
        double left = (odd ? margins.inside() : margins.outside()).points();
        double right = width - (odd ? margins.outside() : margins.inside()).points();
        double top = margins.top().points();
        double bottom = height - margins.bottom().points();
        for (Word word : words) {
            if (word.left() < -TOLERANCE || word.right() > width + TOLERANCE || word.top() < -TOLERANCE
                    || word.bottom() > height + TOLERANCE) {
                findings.add("page " + page + ": " + word.shown() + " is off the page ["
                        + String.format(Locale.ROOT, "%.1f × %.1f", width, height) + "]");
                continue;
            }
            // Inside when its ink or its pen is: a "J" reaches left of its pen, a justified line's last comma ends its ink early.
            boolean sides = Math.max(word.left(), word.penLeft()) >= left - TOLERANCE
                    && Math.min(word.right(), word.penRight()) <= right + TOLERANCE;
            // Descenders of a text block's last line may hang below it, as in any typeset page.
            boolean block = sides && word.top() >= top - TOLERANCE && word.baseline() <= bottom + TOLERANCE;
            boolean cover = runningHeads && page == 1 && sides;
            boolean header = runningHeads && page > 1 && sides && word.bottom() <= top + TOLERANCE;
            boolean footer = runningHeads && page > 1 && sides && word.top() >= bottom - TOLERANCE;
            if (!(block || cover || header || footer)) {
                findings.add("page " + page + ": " + word.shown() + " is in the margins (text block "
                        + String.format(Locale.ROOT, "x %.1f–%.1f, y %.1f–%.1f", left, right, top, bottom) + ")");
            }
        }
    }

    /** Checks (3) and (4): each bookmark's heading is on its page, below where it points, and text follows it there. */
    private void headings(List<Outline.Entry> entries, List<List<Word>> pages, PDDocument document) {
        for (Outline.Entry entry : entries) {
            String title = squeeze(entry.title());
            if (title.isEmpty()) {
                continue;
            }
            if (entry.page() < 1) {
                findings.add("bookmark \"" + entry.title() + "\" goes to no page");
                continue;
            }
            List<Line> lines = TextLines.of(bodyOnly(pages.get(entry.page() - 1), document, entry.page()));
            int from = 0;
            while (from < lines.size() && !Double.isNaN(entry.top()) && lines.get(from).baseline() < entry.top()) {
                from++;
            }
            int last = -1;
            for (int start = from; start < Math.min(from + 3, lines.size()) && last < 0; start++) {
                last = TextLines.endOf(lines, start, title);
            }
            if (last < 0) {
                findings.add("bookmark \"" + entry.title() + "\" goes to page " + entry.page()
                        + String.format(Locale.ROOT, " (y %.1f)", entry.top()) + " but its heading is not there"
                        + elsewhere(title, pages, document));
            } else if (last == lines.size() - 1) {
                findings.add("page " + entry.page() + " ends with the heading \"" + entry.title() + "\" "
                        + lines.get(last).words().get(0).box() + ": its text starts on the next page");
            }
        }
    }

    private String elsewhere(String title, List<List<Word>> pages, PDDocument document) {
        List<Integer> found = new ArrayList<>();
        for (int page = 1; page <= pages.size(); page++) {
            List<Line> lines = TextLines.of(bodyOnly(pages.get(page - 1), document, page));
            for (int from = 0; from < lines.size(); from++) {
                if (TextLines.endOf(lines, from, title) >= 0) {
                    found.add(page);
                    break;
                }
            }
        }
        return found.isEmpty() ? " (nor on any page)" : " (it is on page " + found + ")";
    }

    /** The words inside the text block's height: not the running header or footer. */
    private List<Word> bodyOnly(List<Word> words, PDDocument document, int page) {
        double height = document.getPage(page - 1).getMediaBox().getHeight();
        double top = margins.top().points();
        double bottom = height - margins.bottom().points();
        return words.stream().filter(w -> w.bottom() > top + TOLERANCE && w.top() < bottom - TOLERANCE).toList();
    }

    /** Text with all whitespace removed: headings wrap and their numbers are set with wide spaces. */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u2000-\\u200b]+", "");
    }

    /** One line of text: its words left to right, and its baseline (points from the top). */
    record Line(List<Word> words, double baseline) {
        String squeezed() {
            StringBuilder text = new StringBuilder();
            words.forEach(w -> text.append(w.text()));
            return squeeze(text.toString());
        }
    }
}
