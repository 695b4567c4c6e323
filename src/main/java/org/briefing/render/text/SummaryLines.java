package org.briefing.render.text;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.model.Metadata;
import org.briefing.plan.Plan;
import org.briefing.plan.PlannedSection;

/** The lines both summary forms print the same way, before each form escapes or wraps them. */
final class SummaryLines {
    static final String SEPARATOR = " \u00b7 ";

    private SummaryLines() {}

    /** "North Korea: Events of 2022". */
    static String title(Metadata m) {
        return m.fullTitle();
    }

    /** "Human Rights Watch · World Report 2023 · January 12, 2023": publisher, edition and date as the plan writes it. */
    static String publication(Plan plan) {
        Metadata m = plan.report().metadata();
        return Stream.of(m.organization(), m.edition().orElse(""), plan.date())
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(SEPARATOR));
    }

    /** "Period: January–December 2022", labelled so that it is not read as a second date of publication. */
    static String period(Plan plan, String period) {
        return plan.words().labelled(plan.words().period(), period);
    }

    /**
     * The heading as the plan prints it, with a plain space where the PDF puts an en space
     * between number and title: terminals and Markdown viewers show an en space unevenly.
     */
    static String heading(PlannedSection section) {
        return section.heading().replace('\u2002', ' ');
    }
}
