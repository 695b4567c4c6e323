package org.briefing.style;

/** Paper size and margins; inside and outside margins swap on facing pages. */
public record PageSetup(PageSize size, Margins margins) {

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

    public record Margins(Length top, Length bottom, Length inside, Length outside) {}
}
