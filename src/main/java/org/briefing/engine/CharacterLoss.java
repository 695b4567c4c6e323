package org.briefing.engine;

import java.util.ArrayList;
import java.util.List;
import org.briefing.diag.Location;
import org.briefing.diag.Problem;
import org.briefing.diag.Quoted;
import org.briefing.render.pdf.MissingCharacter;

/**
 * The characters a report's PDF or summary would lose because none of the style's fonts has
 * them, said either as errors (one line per distinct character, with the first places it
 * occurs) or, when the loss is accepted, as one warning for the whole report.
 */
final class CharacterLoss {
    /** The most characters named, one error line each; the rest are counted in one more line. */
    static final int NAMED_CHARACTERS = 20;
    /** The most characters the accepted loss's single warning names. */
    static final int NAMED_IN_WARNING = 10;
    static final String FLAG = "--allow-missing-characters";

    private final List<MissingCharacter> missing;

    CharacterLoss(List<MissingCharacter> missing) {
        this.missing = List.copyOf(missing);
    }

    boolean none() {
        return missing.isEmpty();
    }

    /** One error per missing character, at most {@link #NAMED_CHARACTERS}, then one counting the rest. */
    List<Problem> problems(String source) {
        Location file = Location.ofFile(source);
        String accept = " to the style's \"fallback\" fonts, or accept the loss with " + FLAG
                + " (or \"missingCharacters\": \"box\" in the style's \"text\")";
        String hint = "add a font that has it" + accept;
        List<Problem> problems = new ArrayList<>();
        for (MissingCharacter m : missing.subList(0, Math.min(NAMED_CHARACTERS, missing.size()))) {
            int more = m.placeCount() - m.places().size();
            problems.add(Problem.error(file, "character " + named(m.codePoint()) + " is in none of the style's fonts; "
                    + "it occurs in " + String.join(", ", m.places())
                    + (more > 0 ? " (and " + more + " more place" + (more == 1 ? "" : "s") + ")" : ""), hint));
        }
        if (missing.size() > NAMED_CHARACTERS) {
            int more = missing.size() - NAMED_CHARACTERS;
            problems.add(Problem.error(file, "and " + more + " more character" + (more == 1 ? " is" : "s are")
                    + " in none of the style's fonts", (more == 1 ? "add a font that has it" : "add fonts that have them")
                    + accept));
        }
        return problems;
    }

    /** The one warning of an accepted loss: how many characters, the first few named. */
    String warning() {
        String named = String.join(", ", missing.stream().limit(NAMED_IN_WARNING)
                .map(m -> named(m.codePoint())).toList());
        int more = missing.size() - NAMED_IN_WARNING;
        boolean one = missing.size() == 1;
        return missing.size() + (one ? " character is" : " characters are") + " in none of the style's fonts and "
                + (one ? "is drawn as a box: " : "are drawn as boxes: ") + named + (more > 0 ? " and " + more + " more" : "");
    }

    /** {@code U+5317 '北'}: the code point, and the character itself escaped as a message shows user text. */
    static String named(int codePoint) {
        return String.format("U+%04X '%s'", codePoint, Quoted.bare(new String(Character.toChars(codePoint)), 1));
    }
}
