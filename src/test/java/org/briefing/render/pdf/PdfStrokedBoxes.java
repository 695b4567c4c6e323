package org.briefing.render.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The rectangles PDFBox finds stroked on each page (inside form XObjects too), in page space
 * turned to a top-left origin like {@link PdfGlyphs}: what a reader sees drawn as an outline.
 */
final class PdfStrokedBoxes {
    /** One stroked rectangle: left, top, width and height in points from the page's top left. */
    record Box(float x, float top, float width, float height) {
        float bottom() {
            return top + height;
        }
    }

    private PdfStrokedBoxes() {}

    static List<List<Box>> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<Box>> pages = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                float height = page.getMediaBox().getHeight();
                List<Box> stroked = new ArrayList<>();
                new Engine(page, height, stroked).processPage(page);
                pages.add(stroked);
            }
            return pages;
        } catch (IOException e) {
            throw new AssertionError("PDFBox cannot read the PDF", e);
        }
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        private final float pageHeight;
        private final List<Box> stroked;
        private final List<Box> path = new ArrayList<>();

        Engine(PDPage page, float pageHeight, List<Box> stroked) {
            super(page);
            this.pageHeight = pageHeight;
            this.stroked = stroked;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double left = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            double right = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            double low = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            double high = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            path.add(new Box((float) left, (float) (pageHeight - high), (float) (right - left), (float) (high - low)));
        }

        /** A form XObject's content is whole: a path it leaves unpainted is no outline. */
        @Override
        public void showForm(PDFormXObject form) throws IOException {
            super.showForm(form);
            path.clear();
        }

        @Override
        public void strokePath() {
            stroked.addAll(path);
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void clip(int windingRule) {}

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void moveTo(float x, float y) {}

        @Override
        public void lineTo(float x, float y) {}

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void shadingFill(COSName shadingName) {}
    }
}
