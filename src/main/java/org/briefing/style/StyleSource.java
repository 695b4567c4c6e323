package org.briefing.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;

/**
 * Where a style's text comes from: a file (whose folder also holds its fonts and the styles it
 * extends) or a style bundled with Briefing. Only regular files of at most {@link #MAX_BYTES} in
 * UTF-8 are read, so a path to a device, a pipe or a huge file is a problem, not a hang.
 * {@code identity} tells two sources apart however they were reached: the real path of a file
 * ({@code ./a.json}, {@code ../dir/a.json} and a link to it are the same style), the name of a
 * bundled one.
 */
record StyleSource(String displayName, String text, Optional<Path> folder, String identity) {
    /** The largest style file read; the bundled ones are about 3 KB. */
    static final int MAX_BYTES = 1024 * 1024;

    /** A style shipped in the jar, by name. */
    static Optional<StyleSource> bundled(String name) {
        try (InputStream in = StyleSource.class.getResourceAsStream("/styles/" + name + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new StyleSource("styles/" + name + ".json", text, Optional.empty(), "bundled:" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The style in {@code file}, which the user asked for as {@code asked}; a problem at {@code at} if unusable. */
    static Optional<StyleSource> file(Path file, String asked, Location at, Problems problems) {
        String quoted = Quoted.of(asked);
        if (!Files.isRegularFile(file)) {
            problems.error(at, "style file " + quoted + " is not a regular file");
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                problems.error(at, "style file " + quoted + " is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB, the most Briefing reads");
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            // The folder stays as reached (links and ".." keep their meaning for what it names next);
            // only the shown name is tidied, so problems read "styles/a.json", not "styles/./x/../a.json".
            Path folder = Optional.ofNullable(file.getParent()).orElse(Path.of(""));
            return Optional.of(new StyleSource(file.normalize().toString(), text, Optional.of(folder),
                    file.toRealPath().toString()));
        } catch (CharacterCodingException e) {
            problems.error(at, "style file " + quoted + " is not UTF-8 text");
        } catch (IOException e) {
            problems.error(at, "style file " + quoted + " cannot be read"
                    + (e instanceof java.nio.file.AccessDeniedException ? ": permission denied" : ""));
        }
        return Optional.empty();
    }

    /** The name a style is known by: its file name without ".json". */
    String styleName() {
        String base = displayName.substring(displayName.lastIndexOf('/') + 1);
        return base.endsWith(".json") ? base.substring(0, base.length() - 5) : base;
    }
}
