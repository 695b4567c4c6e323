package org.briefing.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.plan.TocEntry;

/**
 * The table of contents, filled in when the file opens: each entry a hyperlink to its heading's
 * bookmark, its page a PAGEREF field to that bookmark whose shown value is Briefing's estimate.
 * The entries are not wrapped in a TOC field: LibreOffice then shows the stored entries as they
 * are and no longer refreshes their PAGEREF numbers (and dropped the last entry), so plain
 * entries, correct in both Word and LibreOffice, win over Word's "Update Table".
 */
final class DocxContents {
    private DocxContents() {}

    static void render(DocxContext context) {
        XWPFParagraph title = context.writer().paragraph(DocxStyleNames.TOC_HEADING);
        DocxWriter.text(DocxWriter.runsOf(title), context.plan().words().contents(), null);
        List<TocEntry> entries = context.plan().contents();
        for (int i = 0; i < entries.size(); i++) {
            TocEntry entry = entries.get(i);
            XWPFParagraph line = context.writer().paragraph(DocxStyleNames.toc(entry.level()));
            var link = DocxWriter.runsOf(DocxWriter.internalLink(line, entry.anchor().bookmark()));
            DocxWriter.text(link, entry.text(), null);
            DocxWriter.tab(link);
            var value = DocxWriter.field(link, "PAGEREF " + entry.anchor().bookmark() + " \\h", "?");
            context.pageRefs().add(entry.anchor(), value);
        }
    }
}
