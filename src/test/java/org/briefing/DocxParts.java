package org.briefing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/** Opens a DOCX as the zip it is and parses every XML part with the JDK's SAX parser, as any reader would. */
public final class DocxParts {
    private DocxParts() {}

    /** Fails naming each .xml or .rels part that is not well-formed XML; returns the names of the parts parsed. */
    public static List<String> assertWellFormed(byte[] docx) {
        List<String> parsed = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                    continue;
                }
                byte[] part = zip.readAllBytes();
                try {
                    factory.newSAXParser().parse(new ByteArrayInputStream(part), new DefaultHandler());
                    parsed.add(name);
                } catch (Exception e) {
                    broken.add(name + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            fail("the DOCX is not a readable zip: " + e.getMessage());
        }
        assertTrue(broken.isEmpty(), "parts that are not well-formed XML: " + broken);
        assertTrue(parsed.containsAll(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                "word/styles.xml", "docProps/core.xml")), "the main parts are there: " + parsed);
        return parsed;
    }
}
