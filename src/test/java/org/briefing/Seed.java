package org.briefing;

import java.nio.file.Path;
import org.briefing.load.ReportLoader;
import org.briefing.model.Report;
import org.briefing.plan.Plan;
import org.briefing.plan.Planner;
import org.briefing.style.Style;
import org.briefing.style.StyleLoader;

/** The bundled North Korea report and the default style, loaded once for every test that needs them. */
public final class Seed {
    public static final Path FILE = Path.of("source-json/north-korea-2023.json");
    public static final Path STYLES = Path.of("styles");

    private static Report report;
    private static Style style;

    private Seed() {}

    public static synchronized Report report() {
        if (report == null) {
            try {
                report = ReportLoader.load(FILE);
            } catch (Exception e) {
                throw new AssertionError("the seed report must load", e);
            }
        }
        return report;
    }

    public static synchronized Style style() {
        if (style == null) {
            style = style(StyleLoader.DEFAULT);
        }
        return style;
    }

    public static Style style(String name) {
        try {
            return StyleLoader.load(name, STYLES);
        } catch (Exception e) {
            throw new AssertionError("style " + name + " must load", e);
        }
    }

    public static Plan plan() {
        return Planner.plan(report(), style());
    }
}
