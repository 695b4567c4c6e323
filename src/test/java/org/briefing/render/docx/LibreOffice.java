package org.briefing.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** DOCX files laid out by LibreOffice (headless, converted to PDF), what an office user without Word sees. */
final class LibreOffice {
    private LibreOffice() {}

    /**
     * Converts each DOCX in {@code folder} (one LibreOffice start for all) and returns the PDFs in
     * the same order; skips the test where LibreOffice is not installed.
     */
    static List<Path> toPdf(Path folder, List<Path> docxFiles) throws IOException, InterruptedException {
        String soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer");
        List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", folder.toString()));
        docxFiles.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "LibreOffice finished");
        List<Path> pdfs = new ArrayList<>();
        for (Path docx : docxFiles) {
            String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
            Path pdf = folder.resolve(name);
            assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote no PDF for " + docx + ": " + output);
            pdfs.add(pdf);
        }
        return pdfs;
    }

    private static String onPath(String command) {
        String path = System.getenv("PATH");
        return path == null ? null : Arrays.stream(path.split(":")).map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
    }
}
