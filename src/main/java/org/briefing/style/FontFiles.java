package org.briefing.style;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.style.FontFamily.FontFile;

/**
 * Resolves the font files a style names, confined to the style's own folder (subfolders allowed)
 * or Briefing's bundled fonts: absolute paths, {@code ..} that leads out, links whose target lies
 * outside, control characters, files that are too large or not TrueType are problems naming the
 * file. The PDF embeds what is found here, so nothing else on the machine can end up in it.
 */
final class FontFiles {
    /** The largest font file read: CJK fonts run to about 20 MB. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final String WHERE = "name a .ttf file in the style's folder (or below it), or one of Briefing's "
            + "bundled fonts";

    /**
     * What each font file was found to be, per JVM, so a run over many reports parses each font once;
     * a local file is keyed by real path, size and modification time, so an edited font is checked again.
     */
    private static final Map<String, Optional<String>> CHECKED = new ConcurrentHashMap<>();

    private final Problems problems;

    FontFiles(Problems problems) {
        this.problems = problems;
    }

    /** The file {@code name} next to a style in {@code folder} (none for a bundled style), or else a bundled one. */
    Optional<FontFile> resolve(String name, Optional<Path> folder, Location at) {
        String quoted = Quoted.of(name);
        Optional<String> wrong = wrongName(name);
        if (wrong.isPresent()) {
            problems.error(at, "font file " + quoted + " " + wrong.get(), WHERE);
            return Optional.empty();
        }
        Optional<Path> base = folder.map(f -> f.toAbsolutePath().normalize());
        Optional<Path> file = base.map(b -> b.resolve(name).normalize());
        if (file.isPresent() && !file.get().startsWith(base.get())) {
            problems.error(at, "font file " + quoted + " leads out of the style's folder", WHERE);
            return Optional.empty();
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
            problems.error(at, "font file " + quoted + " is not a .ttf file", WHERE);
            return Optional.empty();
        }
        if (file.isPresent() && Files.exists(file.get(), LinkOption.NOFOLLOW_LINKS)) {
            return local(name, file.get(), base.get(), quoted, at);
        }
        return bundled(name, quoted, at);
    }

    /** What is wrong with a name before it is looked up: empty if nothing. */
    private static Optional<String> wrongName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                return Optional.of("has a control character in its name");
            }
        }
        if (name.startsWith("/") || name.startsWith("\\") || (name.length() > 1 && name.charAt(1) == ':')) {
            return Optional.of("is an absolute path");
        }
        if (name.contains("\\")) {
            return Optional.of("has a backslash; separate folders with \"/\"");
        }
        try {
            Path.of(name);
        } catch (InvalidPathException e) {
            return Optional.of("is not a file name this system can use");
        }
        return Optional.empty();
    }

    private Optional<FontFile> local(String name, Path file, Path base, String quoted, Location at) {
        Path real;
        try {
            real = file.toRealPath();
            if (!real.startsWith(base.toRealPath())) {
                problems.error(at, "font file " + quoted + " is a link that leads out of the style's folder", WHERE);
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.error(at, "font file " + quoted + " cannot be read (a broken link?)", WHERE);
            return Optional.empty();
        }
        if (!Files.isRegularFile(real)) {
            problems.error(at, "font file " + quoted + " is not a regular file", WHERE);
            return Optional.empty();
        }
        try {
            if (Files.size(real) > MAX_BYTES) {
                problems.error(at, "font file " + quoted + " is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB, the most Briefing reads");
                return Optional.empty();
            }
            String key = real + "|" + Files.size(real) + "|" + Files.getLastModifiedTime(real).toMillis();
            return checked(new FontFile(name, Optional.of(real)), key, () -> Files.readAllBytes(real), true, quoted, at);
        } catch (IOException e) {
            problems.error(at, "font file " + quoted + " cannot be read", WHERE);
            return Optional.empty();
        }
    }

    private Optional<FontFile> bundled(String name, String quoted, Location at) {
        if (!name.contains("/")) {
            try (InputStream in = FontFiles.class.getResourceAsStream("/fonts/" + name)) {
                if (in != null) {
                    // Bundled fonts are the project's own (FontFilesTest parses each with Java's reader
                    // too), so a render does not pay for starting Java's font system here.
                    return checked(new FontFile(name, Optional.empty()), "bundled:" + name, in::readAllBytes, false,
                            quoted, at);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        problems.error(at, "font file " + quoted + " not found",
                "put it next to the style file, or use one of Briefing's bundled fonts");
        return Optional.empty();
    }

    /** The font if its first bytes say TrueType outlines and it can be embedded; OpenType CFF and collections are not. */
    private Optional<FontFile> checked(FontFile font, String key, FontBytes bytes, boolean parseWithJava, String quoted,
            Location at) throws IOException {
        Optional<String> why = CHECKED.get(key);
        if (why == null) {
            why = problem(bytes.read(), parseWithJava);
            CHECKED.put(key, why);
        }
        if (why.isEmpty()) {
            return Optional.of(font);
        }
        problems.error(at, "font file " + quoted + " " + why.get(), why.get().startsWith("does not allow")
                ? "its licence forbids embedding it in a PDF; choose a font that allows embedding" : WHERE);
        return Optional.empty();
    }

    private static Optional<String> problem(byte[] bytes, boolean parseWithJava) {
        String tag = bytes.length >= 4 ? new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        return switch (tag) {
            case "\u0000\u0001\u0000\u0000", "true" -> TrueTypeCheck.problem(bytes, parseWithJava);
            case "OTTO" -> Optional.of("is an OpenType font with CFF outlines; Briefing embeds TrueType outlines only");
            case "ttcf" -> Optional.of("is a font collection (.ttc); Briefing embeds single TrueType fonts only");
            default -> Optional.of("is not a TrueType font");
        };
    }

    /** Reads a font's bytes, only when its verdict is not known yet. */
    private interface FontBytes {
        byte[] read() throws IOException;
    }
}
