package org.briefing.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.briefing.diag.Quoted;
import org.openpdf.text.Chunk;

/**
 * Single texts the report may make as long as it likes (titles, organization names, short
 * titles, editions) set in a bounded box: wrapped first, then set smaller down to a floor the
 * caller takes from the style, and only when nothing else fits cut with "…" and a warning.
 * The lines are broken here, so the caller draws exactly the lines that were measured.
 */
final class PdfTextFit {
    /** Each smaller size tried is this fraction of the one before. */
    private static final float SHRINK = 0.92f;
    /** Room left unused at a line's end, so rounding in the layout never wraps a measured line. */
    private static final float SLACK = 0.5f;
    private static final String ELLIPSIS = "\u2026";

    private final PdfContext context;

    PdfTextFit(PdfContext context) {
        this.context = context;
    }

    /** The text as set: its lines, the look they are set in, and whether it was cut. */
    record Fitted(List<String> lines, PdfFonts.Look look, float leading, boolean cut) {
        /** The lines joined by line breaks, for a text block that must break exactly there. */
        String text() {
            return String.join("\n", lines);
        }

        float height() {
            return lines.size() * leading;
        }
    }

    /**
     * Sets {@code text} in {@code width} points and at most {@code maxHeight} points of lines
     * {@code leadingFactor} times the size apart (and never more than {@code maxLines} lines),
     * shrinking from the look's size to {@code minSize}; {@code what} and {@code where} name it
     * in the warning when it had to be cut. At least one line is always set.
     */
    Fitted fit(String text, PdfFonts.Look look, float minSize, float leadingFactor, float width, float maxHeight,
            int maxLines, String what, String where) {
        float floor = Math.min(minSize, look.size());
        float size = look.size();
        while (true) {
            PdfFonts.Look sized = look.sized(size);
            float leading = size * leadingFactor;
            int allowed = Math.max(1, Math.min(maxLines, (int) Math.floor(maxHeight / leading + 1e-3)));
            List<String> lines = wrap(text, sized, width, allowed + 1, where);
            if (lines.size() <= allowed) {
                return new Fitted(lines, sized, leading, false);
            }
            if (size <= floor) {
                List<String> kept = new ArrayList<>(lines.subList(0, allowed));
                kept.set(allowed - 1, cut(kept.get(allowed - 1) + " " + lines.get(allowed), sized, width, where));
                context.warnings().add(what + " is too long for " + where + " and is cut there with \"\u2026\": "
                        + Quoted.of(text));
                return new Fitted(kept, sized, leading, true);
            }
            size = Math.max(floor, size * SHRINK);
        }
    }

    /**
     * Greedy line breaking at spaces (a word wider than the line is broken between characters),
     * stopping after {@code limit} lines; the last line returned then holds the rest's start.
     */
    List<String> wrap(String text, PdfFonts.Look look, float width, int limit, String where) {
        String flat = text.strip().replaceAll("\\s+", " ");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // Widths add up (no kerning), so each word is measured once: the line's width is kept,
        // not re-measured, and a line that never fills (characters no font has are 0 wide) stays linear.
        float lineWidth = 0;
        float space = width(" ", look, where);
        int i = 0;
        while (i < flat.length() && lines.size() < limit) {
            int end = flat.indexOf(' ', i);
            String word = flat.substring(i, end < 0 ? flat.length() : end);
            i = end < 0 ? flat.length() : end + 1;
            float wordWidth = width(word, look, where);
            float candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
            if (candidate <= width - SLACK) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            // The word alone: as much of it per line as fits.
            while (!word.isEmpty() && lines.size() < limit) {
                int take = longestPrefix(word, look, width, where);
                if (take == word.length()) {
                    line.append(word);
                    lineWidth = width(word, look, where);
                    break;
                }
                lines.add(word.substring(0, take));
                word = word.substring(take);
            }
        }
        if (!line.isEmpty() && lines.size() < limit) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The line shortened until it and "…" fit the width, cut after a word where one ends near the end. */
    private String cut(String line, PdfFonts.Look look, float width, String where) {
        float room = width - width(ELLIPSIS, look, where);
        int take = longestPrefix(line, look, room, where);
        int space = line.lastIndexOf(' ', take);
        if (take < line.length() && space > take * 2 / 3) {
            take = space;
        }
        return line.substring(0, take).stripTrailing() + ELLIPSIS;
    }

    /**
     * How many leading chars of {@code text} fit the width, whole code points, at least one
     * (so breaking a word always advances).
     */
    private int longestPrefix(String text, PdfFonts.Look look, float width, String where) {
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            int next = i + Character.charCount(text.codePointAt(i));
            used += width(text.substring(i, next), look, where);
            if (used > width - SLACK) {
                break;
            }
            i = next;
        }
        return i > 0 ? i : Math.min(text.length(), Character.charCount(text.codePointAt(0)));
    }

    /** How far the text moves the pen, with the fonts the PDF will really use for each character. */
    float width(String text, PdfFonts.Look look, String where) {
        float width = 0;
        for (Chunk chunk : context.fonts().chunks(text, look, where)) {
            width += PdfFonts.width(chunk);
        }
        return width;
    }
}
