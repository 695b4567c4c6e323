package org.briefing.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** The PDF's bookmarks, each with the page it goes to and the height there (points from the page's top). */
final class Outline {
    private Outline() {}

    /** One bookmark: {@code page} is 1-based (0 when it goes nowhere), {@code top} NaN when the destination has no height. */
    record Entry(String title, int page, double top) {}

    static List<Entry> of(PDDocument document) throws IOException {
        List<Entry> entries = new ArrayList<>();
        PDOutlineNode root = document.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            collect(document, root, entries);
        }
        return entries;
    }

    private static void collect(PDDocument document, PDOutlineNode node, List<Entry> entries) throws IOException {
        for (PDOutlineItem item : node.children()) {
            entries.add(entry(document, item));
            collect(document, item, entries);
        }
    }

    private static Entry entry(PDDocument document, PDOutlineItem item) throws IOException {
        PDDestination destination = item.getDestination();
        if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDNamedDestination named) {
            destination = document.getDocumentCatalog().findNamedDestinationPage(named);
        }
        String title = item.getTitle() == null ? "" : item.getTitle();
        if (!(destination instanceof PDPageDestination pageDestination) || pageDestination.getPage() == null) {
            return new Entry(title, 0, Double.NaN);
        }
        int page = document.getPages().indexOf(pageDestination.getPage()) + 1;
        double height = pageDestination.getPage().getMediaBox().getHeight();
        double top = pageDestination instanceof PDPageXYZDestination xyz && xyz.getTop() >= 0
                ? height - xyz.getTop() : Double.NaN;
        return new Entry(title, page, top);
    }
}
