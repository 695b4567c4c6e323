package org.briefing.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a style's text comes from: a file (whose folder also holds its fonts and the styles it
 * extends) or a style bundled with Briefing.
 */
record StyleSource(String displayName, String text, Optional<Path> folder) {

    /** A style by name: {@code styles/NAME.json} under {@code stylesFolder} if present, else the bundled one. */
    static Optional<StyleSource> named(String name, Path stylesFolder) {
        Path file = stylesFolder.resolve(name + ".json");
        if (Files.isRegularFile(file)) {
            return Optional.of(file(file));
        }
        return bundled(name);
    }

    static Optional<StyleSource> bundled(String name) {
        try (InputStream in = StyleSource.class.getResourceAsStream("/styles/" + name + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new StyleSource("styles/" + name + ".json", text, Optional.empty()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StyleSource file(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new StyleSource(file.toString(), text, Optional.of(file.toAbsolutePath().getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name a style is known by: its file name without ".json". */
    String styleName() {
        String base = displayName.substring(displayName.lastIndexOf('/') + 1);
        return base.endsWith(".json") ? base.substring(0, base.length() - 5) : base;
    }
}
