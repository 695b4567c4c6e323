package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The briefing is valid PDF/A-2b (veraPDF) and structurally sound (qpdf). */
class PdfConformanceTest {

    /** Validates a PDF against PDF/A-2b and returns the failed rules, one line each. */
    static List<String> pdfaViolations(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
        }
    }

    @Test
    void theBriefingIsPdfA2b() throws Exception {
        assertEquals(List.of(), pdfaViolations(PdfRenderer.render(Seed.plan()).bytes()));
    }

    @Test
    void qpdfFindsNoErrors(@TempDir Path folder) throws Exception {
        assumeTrue(onPath("qpdf"), "qpdf is not installed; .ci/run installs it");
        Path file = folder.resolve("briefing.pdf");
        Files.write(file, PdfRenderer.render(Seed.plan()).bytes());
        Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        String output = new String(qpdf.getInputStream().readAllBytes());
        qpdf.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, qpdf.exitValue(), output);
    }

    static boolean onPath(String command) {
        return System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
