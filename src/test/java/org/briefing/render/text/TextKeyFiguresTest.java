package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.briefing.model.FigureValue;
import org.briefing.model.KeyFigure;
import org.briefing.plan.Anchor;
import org.briefing.plan.PlannedFigure;
import org.junit.jupiter.api.Test;

/** How a key-figure row gives way when label and value do not fit side by side. */
class TextKeyFiguresTest {

    @Test
    void aLongLabelWrapsBesideItsValueAndHangs() {
        TextWriter out = new TextWriter(40);
        TextKeyFigures.render(List.of(figure("Countries without a vaccination program", "only 2 countries", "2022")), out);
        assertEquals("""
                  Countries without a   only 2 countries
                    vaccination
                    program
                    2022 \u00b7 3 Right to Health
                """, out.toString());
    }

    @Test
    void aValueTooWideToShareItsLineGoesUnderTheLabelRightAligned() {
        TextWriter out = new TextWriter(30);
        TextKeyFigures.render(List.of(figure("Missile tests", "a record number of over thirty tests", "")), out);
        assertEquals("""
                  Missile tests
                       a record number of over
                                  thirty tests
                    3 Right to Health
                """, out.toString());
    }

    private static PlannedFigure figure(String label, String value, String period) {
        KeyFigure figure = new KeyFigure("id", label, new FigureValue.Text(value), Optional.empty(), Optional.empty(),
                Optional.of(period).filter(p -> !p.isEmpty()), new KeyFigure.FigureSource("health", Optional.empty()),
                false, Optional.empty());
        return new PlannedFigure(figure, value, value, value, period, "3 Right to Health", new Anchor("health", "b_health"),
                "", "");
    }
}
