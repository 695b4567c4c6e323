package org.briefing.style;

import java.nio.file.Path;
import java.util.Optional;

/** A named family of font files; a missing style falls back to the regular face. */
public record FontFamily(String name, FontFile regular, Optional<FontFile> bold, Optional<FontFile> italic,
        Optional<FontFile> boldItalic) {

    public FontFile face(boolean isBold, boolean isItalic) {
        if (isBold && isItalic) {
            return boldItalic.or(() -> bold).orElse(regular);
        }
        if (isBold) {
            return bold.orElse(regular);
        }
        return isItalic ? italic.orElse(regular) : regular;
    }

    /** A TrueType file: next to the style ({@code file} present) or bundled with Briefing ({@code /fonts/name}). */
    public record FontFile(String name, Optional<Path> file) {
        public String bundledResource() {
            return "/fonts/" + name;
        }
    }
}
