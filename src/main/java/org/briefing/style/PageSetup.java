package org.briefing.style;

/** Paper size and margins; inside and outside margins swap on facing pages. */
public record PageSetup(PageSize size, Margins margins) {

    /** The text block's width in points: the paper less the inside and outside margins. */
    public double textWidth() {
        return size.width() - margins.inside().points() - margins.outside().points();
    }

    /** The text block's height in points: the paper less the top and bottom margins. */
    public double textHeight() {
        return size.height() - margins.top().points() - margins.bottom().points();
    }

    /** Paper sizes Briefing prints on. */
    public enum PageSize {
        A4(595.28, 841.89), LETTER(612, 792);

        private final double width;
        private final double height;

        PageSize(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public double width() {
            return width;
        }

        public double height() {
            return height;
        }
    }

    /**
     * The four margins. Top and bottom hold the running header and the footer, which sit 14pt above
     * and 24pt below the text block; no margin reaches into the edge office printers cannot print.
     * {@link TextBlock} checks that together they leave a usable text block.
     */
    public record Margins(
            @LengthBounds(min = "12mm", max = "100mm", what = "margin") Length top,
            @LengthBounds(min = "12mm", max = "100mm", what = "margin") Length bottom,
            @LengthBounds(min = "10mm", max = "100mm", what = "margin") Length inside,
            @LengthBounds(min = "10mm", max = "100mm", what = "margin") Length outside) {}
}
