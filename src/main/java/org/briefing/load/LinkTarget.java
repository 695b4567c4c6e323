package org.briefing.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.briefing.model.Limits;

/**
 * Decides whether a link's {@code href} is one every format can write: the DOCX relationship
 * (POI parses it with {@code new java.net.URI}, strictly), the PDF link action (an ASCII string)
 * and the Markdown summary. So: printable ASCII only (other characters percent-encoded, hosts in
 * punycode), a strict RFC 2396 URI by {@link URI}, scheme http, https or mailto, at most
 * {@link Limits#MAX_HREF_CHARS} characters.
 */
final class LinkTarget {
    private static final String NO_ADDRESS =
            "a mailto: link needs an address after the colon, such as \"mailto:info@example.org\"";
    private LinkTarget() {}

    /** Why {@code href} cannot be a link target, or empty when it can. */
    static Optional<String> fault(String href) {
        if (href.length() > Limits.MAX_HREF_CHARS) {
            return Optional.of("a link target has at most " + Limits.MAX_HREF_CHARS + " characters; this one has "
                    + href.length());
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                String what = c == ' ' ? "a space" : c < ' ' || (c >= 0x7f && c < 0xa0) ? "a control character"
                        : "the non-ASCII character " + org.briefing.diag.Quoted.of(String.valueOf(Character.toChars(href.codePointAt(i))));
                return Optional.of("a link target may not hold " + what + " (character " + (i + 1)
                        + "); percent-encode it, e.g. a space as %20");
            }
        }
        if (href.equalsIgnoreCase("mailto:")) {
            return Optional.of(NO_ADDRESS);
        }
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return Optional.of(syntax(href, e.getIndex()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "http", "https" -> uri.isOpaque() || uri.getHost() == null
                    ? Optional.of("an http(s) link needs a host name after \"//\", such as \"https://example.org/\"")
                    : Optional.empty();
            case "mailto" -> uri.getSchemeSpecificPart().isEmpty() || !uri.isOpaque()
                    ? Optional.of(NO_ADDRESS)
                    : Optional.empty();
            default -> Optional.of("a link must be an absolute http(s) or mailto: address");
        };
    }

    private static String syntax(String href, int index) {
        if (index < 0 || index >= href.length()) {
            return "a link target must be a whole address; this one ends too early";
        }
        char c = href.charAt(index);
        String what = c == '%' ? "a \"%\" that is not followed by two hex digits" : "the character '" + c + "'";
        return "a link target may not hold " + what + " (character " + (index + 1) + ") there; percent-encode it";
    }
}
