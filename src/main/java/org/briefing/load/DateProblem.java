package org.briefing.load;

import java.util.regex.Pattern;
import org.briefing.diag.Location;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;

/** Says what is wrong with a date: its form, or (when the form is right) the calendar. */
final class DateProblem {
    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private DateProblem() {}

    static void report(String text, Location at, String forms, Problems problems) {
        boolean fullDateOnly = !forms.contains("YYYY-MM,");
        if (!FORM.matcher(text).matches() || (fullDateOnly && text.length() != 10)) {
            problems.error(at, Quoted.of(text) + " is not a date", "write " + forms);
            return;
        }
        int month = text.length() >= 7 ? Integer.parseInt(text.substring(5, 7)) : 1;
        if (month < 1 || month > 12) {
            problems.error(at, Quoted.of(text) + " is not a real date", "there is no month " + month);
            return;
        }
        java.time.YearMonth yearMonth = java.time.YearMonth.of(Integer.parseInt(text.substring(0, 4)), month);
        problems.error(at, Quoted.of(text) + " is not a real date", yearMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + yearMonth.getYear() + " has " + yearMonth.lengthOfMonth() + " days");
    }
}
