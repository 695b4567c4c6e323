package org.briefing.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.briefing.plan.PageNumbers;
import org.briefing.plan.Plan;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** Renders a plan as the DOCX handout. */
public final class DocxRenderer {
    private DocxRenderer() {}

    /**
     * Writes the handout to {@code out}. {@code pages} are the page labels of Briefing's PDF
     * layout, shown in the contents until Word or LibreOffice lays the document out itself.
     */
    public static List<String> render(Plan plan, PageNumbers pages, OutputStream out) throws IOException {
        out.write(render(plan, pages));
        return List.of();
    }

    public static byte[] render(Plan plan, PageNumbers pages) throws IOException {
        return render(plan, () -> pages);
    }

    /**
     * Builds the handout, asking {@code pages} for the contents' page numbers only at the end:
     * the caller may still be drawing the PDF they come from.
     */
    public static byte[] render(Plan plan, java.util.function.Supplier<PageNumbers> pages) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            // First, so a property XML cannot carry is refused by its name before the cover writes it as text.
            DocxMetadata.write(document, plan);
            DocxContext.OrderedLists orderedLists = new DocxContext.OrderedLists();
            DocxContext context = new DocxContext(plan, new DocxWriter(document), orderedLists,
                    new DocxContext.PageRefs());
            DocxStyles styles = new DocxStyles(plan.style());
            document.createStyles().setStyles(StylesDocument.Factory.parse(
                    styles.stylesXml(plan.report().metadata().language())).getStyles());
            DocxPageSetup setup = new DocxPageSetup(context);
            setup.headerAndFooter();
            DocxCover.render(context);
            setup.endCover(sectionBreak(document));
            DocxContents.render(context);
            setup.endFrontMatter(sectionBreak(document));
            new DocxBody(context).render();
            setup.body();
            document.createNumbering().setNumbering(
                    NumberingDocument.Factory.parse(styles.numberingXml(orderedLists.used())).getNumbering());
            context.pageRefs().fill(pages.get());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return withFixedTimes(bytes.toByteArray(), plan.report().metadata().date().atStartOfDay());
        } catch (XmlException e) {
            throw new IllegalStateException("Briefing wrote Word XML that does not parse", e);
        }
    }

    /**
     * An empty paragraph to carry a section break: LibreOffice dropped the content of a contents
     * entry that carried one.
     */
    private static XWPFParagraph sectionBreak(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** The same package with every entry dated {@code time}, so the same input gives the same bytes. */
    private static byte[] withFixedTimes(byte[] zip, java.time.LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                // Local time, not an instant: the zip stores local time, so this is the same in every zone.
                copy.setTimeLocal(time);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
