package org.briefing.style;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
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
            try (InputStream in = Files.newInputStream(real)) {
                return checked(new FontFile(name, Optional.of(real)), in.readNBytes(4), quoted, at);
            }
        } catch (IOException e) {
            problems.error(at, "font file " + quoted + " cannot be read", WHERE);
            return Optional.empty();
        }
    }

    private Optional<FontFile> bundled(String name, String quoted, Location at) {
        if (!name.contains("/")) {
            try (InputStream in = FontFiles.class.getResourceAsStream("/fonts/" + name)) {
                if (in != null) {
                    return checked(new FontFile(name, Optional.empty()), in.readNBytes(4), quoted, at);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        problems.error(at, "font file " + quoted + " not found",
                "put it next to the style file, or use one of Briefing's bundled fonts");
        return Optional.empty();
    }

    /** The font if its first bytes say TrueType outlines; OpenType CFF and collections are not embedded. */
    private Optional<FontFile> checked(FontFile font, byte[] head, String quoted, Location at) {
        String tag = head.length == 4 ? new String(head, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        if (tag.equals("\u0000\u0001\u0000\u0000") || tag.equals("true")) {
            return Optional.of(font);
        }
        String why = switch (tag) {
            case "OTTO" -> "is an OpenType font with CFF outlines; Briefing embeds TrueType outlines only";
            case "ttcf" -> "is a font collection (.ttc); Briefing embeds single TrueType fonts only";
            default -> "is not a TrueType font";
        };
        problems.error(at, "font file " + quoted + " " + why, WHERE);
        return Optional.empty();
    }
}
