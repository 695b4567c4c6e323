package org.briefing.style;

import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Optional;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceNode.SourceObject;
import org.briefing.style.PageSetup.Margins;

/**
 * The checks that need two values at once: the margins must leave a text block the renderers can
 * lay out on the page, and a line of every font size must fit that block several times over.
 * Each problem is reported where the value that breaks the rule is written, with the numbers.
 *
 * <p>The minimum block is fixed rather than a share of the paper: what must fit in it — a table
 * of several columns, the headline-figure panel, the summary's title block — has a size of its
 * own, and the two papers Briefing prints on differ by a few millimetres only.
 */
final class TextBlock {
    /** The narrowest text block: about 40 characters of 10pt text, or a four-column table. */
    static final Length MIN_WIDTH = Length.parse("80mm").orElseThrow();
    /** The shortest text block: a small paperback's, room for the one-page summary's title block. */
    static final Length MIN_HEIGHT = Length.parse("150mm").orElseThrow();
    /** A line of any size (the size times the line height) fits the block's height this often. */
    static final int LINES = 3;

    private final Style style;
    private final SourceNode tree;
    private final Problems problems;

    private TextBlock(Style style, SourceNode tree, Problems problems) {
        this.style = style;
        this.tree = tree;
        this.problems = problems;
    }

    /** Records a problem for each rule {@code style} (bound from {@code tree}) breaks; true if none. */
    static boolean check(Style style, SourceNode tree, Problems problems) {
        TextBlock block = new TextBlock(style, tree, problems);
        boolean pageOk = block.width() & block.height();
        return pageOk && block.lines();
    }

    private boolean width() {
        Margins m = style.page().margins();
        double width = style.page().textWidth();
        if (width >= MIN_WIDTH.points() - 1e-9) {
            return true;
        }
        String larger = m.outside().points() > m.inside().points() ? "outside" : "inside";
        problems.error(where("page", "margins", larger), "inside and outside margins (" + mm(m.inside()) + " + "
                + mm(m.outside()) + ") leave a text block " + mm(width) + " wide on " + page() + " ("
                + mm(style.page().size().width()) + " wide); it must be at least " + mm(MIN_WIDTH) + " wide",
                "make the margins narrower");
        return false;
    }

    private boolean height() {
        Margins m = style.page().margins();
        double height = style.page().textHeight();
        if (height >= MIN_HEIGHT.points() - 1e-9) {
            return true;
        }
        String larger = m.bottom().points() > m.top().points() ? "bottom" : "top";
        problems.error(where("page", "margins", larger), "top and bottom margins (" + mm(m.top()) + " + "
                + mm(m.bottom()) + ") leave a text block " + mm(height) + " tall on " + page() + " ("
                + mm(style.page().size().height()) + " tall); it must be at least " + mm(MIN_HEIGHT) + " tall",
                "make the margins smaller");
        return false;
    }

    /** Every font size against the block: {@value #LINES} lines tall, its {@link LengthBounds#emsPerLine} wide. */
    private boolean lines() {
        double width = style.page().textWidth();
        double height = style.page().textHeight();
        double lineHeight = style.spacing().lineHeight();
        boolean ok = true;
        for (RecordComponent component : Sizes.class.getRecordComponents()) {
            double size = size(component).points();
            String name = component.getName();
            int ems = component.getAnnotation(LengthBounds.class).emsPerLine();
            if (size * lineHeight * LINES > height + 1e-9) {
                problems.error(where("sizes", name), "a line of \"" + name + "\" (" + pt(size) + " × line height "
                        + number(lineHeight) + " = " + pt(size * lineHeight) + ") fits fewer than " + LINES
                        + " times in the text block (" + mm(height) + " tall)",
                        "use a smaller size or line height, or smaller top and bottom margins");
                ok = false;
            } else if (size * ems > width + 1e-9) {
                problems.error(where("sizes", name), "\"" + name + "\" (" + pt(size) + ") is too large for the text block ("
                        + mm(width) + " wide): a line must hold " + ems + " ems, so at most " + pt(Math.floor(width / ems * 10) / 10),
                        "use a smaller size, or narrower inside and outside margins");
                ok = false;
            }
        }
        return ok;
    }

    private Length size(RecordComponent component) {
        try {
            return (Length) component.getAccessor().invoke(style.sizes());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private String page() {
        return switch (style.page().size()) {
            case A4 -> "an A4 page";
            case LETTER -> "a Letter page";
        };
    }

    /** Where the value at {@code path} is written in the merged style (its own file, or the one it extends). */
    private Location where(String... path) {
        SourceNode node = tree;
        String pointer = "";
        for (String name : path) {
            pointer += "/" + name;
            Optional<SourceNode> child = node instanceof SourceObject object
                    ? object.field(name).map(SourceNode.Field::value) : Optional.empty();
            if (child.isEmpty()) {
                return node.location().at(pointer);
            }
            node = child.get();
        }
        return node.location();
    }

    private static String mm(Length length) {
        return mm(length.points());
    }

    private static String mm(double points) {
        return number(points * 25.4 / 72) + "mm";
    }

    private static String pt(double points) {
        return number(points) + "pt";
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
