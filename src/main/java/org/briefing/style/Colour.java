package org.briefing.style;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An sRGB colour, written in style files as "#1f4e79". */
public record Colour(int red, int green, int blue) {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public static Optional<Colour> parse(String text) {
        if (!HEX.matcher(text).matches()) {
            return Optional.empty();
        }
        int rgb = Integer.parseInt(text.substring(1), 16);
        return Optional.of(new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
    }

    /** "1F4E79", as Word wants it. */
    public String hex() {
        return String.format(Locale.ROOT, "%02X%02X%02X", red, green, blue);
    }
}
