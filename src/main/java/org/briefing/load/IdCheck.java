package org.briefing.load;

import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.model.Limits;

/** Checks the form of an id written in the file. */
final class IdCheck {
    private IdCheck() {}

    /** True when the id is well formed; otherwise a problem is recorded. */
    static boolean check(String id, Location at, Problems problems) {
        if (id.length() > Limits.MAX_ID_CHARS) {
            problems.error(at, "an id has at most " + Limits.MAX_ID_CHARS + " characters; this one has " + id.length(),
                    "shorten " + Quoted.of(id));
            return false;
        }
        if (!Ids.isValid(id)) {
            String slug = Ids.slug(id);
            problems.error(at, "id " + Quoted.of(id) + " must be lowercase letters and digits joined by single hyphens",
                    slug.isEmpty() ? null : "try " + Quoted.of(slug));
            return false;
        }
        return true;
    }
}
