package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;

/** The output primitives of plain text: wrapped paragraphs, hanging indents, aligned columns. */
final class TextWriter {
    private final StringBuilder out = new StringBuilder();
    private final int width;

    TextWriter(int width) {
        this.width = Math.max(40, width);
    }

    void line(String text) {
        out.append(text.stripTrailing()).append('\n');
    }

    void blank() {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            out.append('\n');
        }
    }

    /** A paragraph wrapped to the width, each line after the first indented by {@code hang} spaces. */
    void wrapped(String first, String text, int hang) {
        List<String> lines = wrap(text, width - hang);
        for (int i = 0; i < lines.size(); i++) {
            String prefix = i == 0 ? first + " ".repeat(Math.max(0, hang - first.length())) : " ".repeat(hang);
            line(prefix + lines.get(i));
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    int width() {
        return width;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
