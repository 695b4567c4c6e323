package org.briefing.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefing.layout.LayoutCheck.Line;
import org.briefing.layout.PageWords.Word;

/** A page's words grouped into lines by baseline, top to bottom, and where a heading's text ends among them. */
final class TextLines {
    private TextLines() {}

    static List<Line> of(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::left));
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word word : sorted) {
            if (!current.isEmpty() && word.baseline() - current.get(0).baseline() > 1) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Word> words) {
        List<Word> byLeft = new ArrayList<>(words);
        byLeft.sort(Comparator.comparingDouble(Word::left));
        return new Line(List.copyOf(byLeft), words.get(0).baseline());
    }

    /**
     * The index of the line where {@code squeezedTitle} ends when it starts at the beginning of
     * line {@code from} (wrapping over as many lines as it takes), or -1.
     */
    static int endOf(List<Line> lines, int from, String squeezedTitle) {
        if (from >= lines.size() || squeezedTitle.isEmpty()) {
            return -1;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            joined.append(lines.get(i).squeezed());
            String text = joined.toString();
            if (text.startsWith(squeezedTitle) || text.replace("-", "").startsWith(squeezedTitle.replace("-", ""))) {
                return i;
            }
            if (!squeezedTitle.startsWith(text) && !squeezedTitle.replace("-", "").startsWith(text.replace("-", ""))) {
                return -1;
            }
        }
        return -1;
    }
}
