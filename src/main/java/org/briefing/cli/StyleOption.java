package org.briefing.cli;

import java.nio.file.Path;
import org.briefing.diag.InvalidInputException;
import org.briefing.style.Style;
import org.briefing.style.StyleLoader;
import picocli.CommandLine.Option;

/** The {@code --style NAME|FILE} option shared by the commands that render. */
final class StyleOption {
    static final Path STYLES_FOLDER = Path.of("styles");

    @Option(names = "--style", paramLabel = "NAME|FILE", defaultValue = StyleLoader.DEFAULT,
            description = "A style name (styles/NAME.json or a bundled one) or a style file. Default: ${DEFAULT-VALUE}.")
    String style;

    Style load() throws InvalidInputException {
        return StyleLoader.load(style, STYLES_FOLDER);
    }
}
