package org.briefing.style;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.diag.InvalidInputException;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.json.SourceNode;
import org.briefing.json.SourceNode.SourceString;
import org.briefing.json.SourceParser;
import org.briefing.json.StrictObject;
import org.briefing.style.FontFamily.FontFile;

/** Loads a style by name or file, follows {@code extends}, and binds the result to {@link Style}. */
public final class StyleLoader {
    /** The style used when none is named. */
    public static final String DEFAULT = "briefing";
    /** The styles shipped in the jar (from the project's styles/ folder). */
    public static final List<String> BUNDLED = List.of("briefing", "print", "handout");
    private static final List<String> FILE_ONLY = List.of("$schema", "extends", "description", "fontFamilies");
    /** The most styles one {@code extends} chain may hold, counting the one asked for. */
    static final int MAX_CHAIN = 10;
    private static final List<String> FACES = List.of("regular", "bold", "italic", "boldItalic");

    private final Problems problems = new Problems();
    private final Map<String, Optional<Path>> folders = new HashMap<>();
    private final FontFiles fontFiles = new FontFiles(problems);

    private StyleLoader() {}

    /**
     * Loads {@code nameOrFile}: a path (it has a "/" or ends in ".json") or a style name looked up
     * in {@code stylesFolder}, then among the styles bundled with Briefing.
     */
    public static Style load(String nameOrFile, Path stylesFolder) throws InvalidInputException {
        return new StyleLoader().resolve(nameOrFile, stylesFolder);
    }

    private Style resolve(String nameOrFile, Path stylesFolder) throws InvalidInputException {
        Optional<StyleSource> source = locate(nameOrFile, stylesFolder, Path.of(""), Location.ofFile(nameOrFile));
        Optional<SourceNode> tree = source.flatMap(s -> tree(s, new ArrayList<>()));
        Optional<Style> style = tree.flatMap(t -> bind(t, source.get().styleName()))
                .filter(s -> TextBlock.check(s, tree.get(), problems));
        if (problems.hasErrors() || style.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        return style.get();
    }

    /**
     * A name is looked up in {@code folder} then among the bundled styles; a path is taken
     * relative to {@code pathBase} (the working directory on the command line, the extending
     * style's folder for {@code extends}).
     */
    private Optional<StyleSource> locate(String nameOrFile, Path folder, Path pathBase, Location askedAt) {
        if (nameOrFile.isBlank() || nameOrFile.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.error(askedAt, "style " + Quoted.of(nameOrFile) + " is not a style name or file name");
            return Optional.empty();
        }
        try {
            if (nameOrFile.contains("/") || nameOrFile.endsWith(".json")) {
                Path file = pathBase.resolve(nameOrFile);
                if (Files.exists(file)) {
                    return StyleSource.file(file, nameOrFile, askedAt, problems);
                }
                problems.error(askedAt, "style file " + Quoted.of(nameOrFile) + " not found");
                return Optional.empty();
            }
            Path named = folder.resolve(nameOrFile + ".json");
            if (Files.exists(named)) {
                return StyleSource.file(named, nameOrFile, askedAt, problems);
            }
            Optional<StyleSource> found = StyleSource.bundled(nameOrFile);
            if (found.isEmpty()) {
                problems.error(askedAt, "no style named " + Quoted.of(nameOrFile),
                        "bundled styles: " + String.join(", ", BUNDLED) + "; or give a path to a .json file");
            }
            return found;
        } catch (InvalidPathException e) {
            problems.error(askedAt, "style " + Quoted.of(nameOrFile) + " is not a file name this system can use");
            return Optional.empty();
        }
    }

    /** The style's own tree laid over the tree of the style it extends, recursively. */
    private Optional<SourceNode> tree(StyleSource source, List<StyleSource> chain) {
        folders.put(source.displayName(), source.folder());
        Optional<SourceNode> own = SourceParser.parse(source.displayName(), source.text(), problems);
        if (own.isEmpty() || !(own.get() instanceof SourceNode.SourceObject object)) {
            own.ifPresent(node -> StrictObject.of(node, problems, List.of()));
            return Optional.empty();
        }
        chain.add(source);
        Optional<SourceNode> extendsNode = object.field("extends").map(SourceNode.Field::value);
        if (extendsNode.isEmpty()) {
            return own;
        }
        if (!(extendsNode.get() instanceof SourceString parentName)) {
            problems.error(extendsNode.get().location(), "\"extends\" names a style: expected a string");
            return Optional.empty();
        }
        Location at = extendsNode.get().location();
        if (chain.size() == MAX_CHAIN) {
            problems.error(at, "styles extend one another more than " + MAX_CHAIN + " deep: "
                    + Quoted.of(chain.getFirst().styleName()) + " → … → " + Quoted.of(source.styleName()) + " → "
                    + Quoted.of(parentName.value()), "Briefing follows at most " + MAX_CHAIN + " styles");
            return Optional.empty();
        }
        Path folder = source.folder().orElse(Path.of("styles"));
        Optional<StyleSource> parent = locate(parentName.value(), folder, folder, at);
        if (parent.isPresent() && chain.stream().anyMatch(s -> s.identity().equals(parent.get().identity()))) {
            problems.error(at, "styles extend each other in a loop: "
                    + String.join(" → ", chain.stream().map(s -> Quoted.of(s.styleName())).toList()) + " → "
                    + Quoted.of(parent.get().styleName()));
            return Optional.empty();
        }
        return parent.flatMap(p -> tree(p, chain)).map(base -> StyleMerge.merge(base, own.get()));
    }

    private Optional<Style> bind(SourceNode tree, String name) {
        Map<String, Optional<FontFamily>> families = families(tree);
        StyleBinder binder = new StyleBinder(problems, families);
        String description = ((SourceNode.SourceObject) tree).field("description")
                .map(f -> f.value() instanceof SourceString s ? s.value() : "").orElse("");
        return binder.record(Style.class, tree, FILE_ONLY, Map.of("name", name, "description", description));
    }

    /** The families the style defines; one whose files have problems (already reported) maps to empty. */
    private Map<String, Optional<FontFamily>> families(SourceNode tree) {
        Map<String, Optional<FontFamily>> families = new LinkedHashMap<>();
        Optional<SourceNode> node = ((SourceNode.SourceObject) tree).field("fontFamilies").map(SourceNode.Field::value);
        if (node.isEmpty()) {
            problems.error(tree.location(), "missing required field \"fontFamilies\"");
            return families;
        }
        if (!(node.get() instanceof SourceNode.SourceObject object)) {
            StrictObject.of(node.get(), problems, List.of());
            return families;
        }
        for (SourceNode.Field field : object.fields()) {
            families.put(field.name(), StrictObject.of(field.value(), problems, FACES).flatMap(faces -> {
                Optional<FontFile> regular = faces.requiredText("regular").flatMap(f -> fontFile(f, faces, "regular"));
                Optional<FontFile> bold = optionalFace(faces, "bold");
                Optional<FontFile> italic = optionalFace(faces, "italic");
                Optional<FontFile> boldItalic = optionalFace(faces, "boldItalic");
                boolean complete = (bold.isPresent() || !faces.has("bold"))
                        && (italic.isPresent() || !faces.has("italic"))
                        && (boldItalic.isPresent() || !faces.has("boldItalic"));
                return regular.filter(r -> complete)
                        .map(r -> new FontFamily(field.name(), r, bold, italic, boldItalic));
            }));
        }
        return families;
    }

    private Optional<FontFile> optionalFace(StrictObject faces, String face) {
        return faces.optionalText(face).flatMap(f -> fontFile(f, faces, face));
    }

    /** A font file in the folder of the style that names it, or else one bundled with Briefing. */
    private Optional<FontFile> fontFile(String fileName, StrictObject faces, String face) {
        Location at = faces.locationOf(face);
        return fontFiles.resolve(fileName, folders.getOrDefault(at.file(), Optional.empty()), at);
    }
}
