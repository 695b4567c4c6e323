package org.briefing.load;

import org.briefing.diag.Location;
import org.briefing.diag.Problems;

/** Checks the form of an id written in the file. */
final class IdCheck {
    private IdCheck() {}

    static void check(String id, Location at, Problems problems) {
        if (!Ids.VALID.matcher(id).matches()) {
            problems.error(at, "id \"" + id + "\" must be lowercase letters and digits joined by single hyphens",
                    "try \"" + Ids.slug(id) + "\"");
        }
    }
}
