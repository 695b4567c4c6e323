package org.briefing.render.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Render-time warnings of one PDF (texts cut to fit, for example), each said once, in the order first met. */
final class PdfWarnings {
    private final Set<String> warnings = new LinkedHashSet<>();

    void add(String warning) {
        warnings.add(warning);
    }

    List<String> list() {
        return List.copyOf(warnings);
    }
}
