package org.briefing.style;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A length in PostScript points (1/72 inch), written in style files as "10pt", "22mm", "2cm" or "0.5in". */
public record Length(double points) {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(pt|mm|cm|in)");

    public static Optional<Length> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(m.group(1));
        double perUnit = switch (m.group(2)) {
            case "pt" -> 1;
            case "mm" -> 72 / 25.4;
            case "cm" -> 72 / 2.54;
            default -> 72;
        };
        return Optional.of(new Length(value * perUnit));
    }

    /** Twentieths of a point, Word's unit for page and paragraph measures. */
    public long twips() {
        return Math.round(points * 20);
    }
}
