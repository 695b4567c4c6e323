package org.briefing.load;

import java.util.List;
import java.util.Optional;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.json.NearMiss;

/** Checks that a word is one of a fixed set, suggesting the nearest one when it is not. */
final class Choice {
    private Choice() {}

    static Optional<String> of(String value, List<String> allowed, Location at, Problems problems) {
        if (allowed.contains(value)) {
            return Optional.of(value);
        }
        String hint = NearMiss.suggest(value, allowed).map(a -> "did you mean " + Quoted.of(a) + "?")
                .orElse("one of " + String.join(", ", allowed.stream().map(Quoted::of).toList()));
        problems.error(at, Quoted.of(value) + " is not allowed here", hint);
        return Optional.empty();
    }
}
