package org.briefing.plan;

import org.briefing.model.KeyFigure;

/**
 * A key figure as every format prints it: {@code number} alone ("30"), {@code value} with its
 * qualifier ("over 30", "8.12 million", "1–2"),
 * {@code valueWithUnit} ("1–2 km"), the section that states it ("2 Freedom of Movement"), and the
 * qualifier's words in the report's language split around the number, so a format that sets them
 * smaller can: {@code qualifierBefore} "just over " (en), {@code qualifierAfter} " 이상" (ko).
 */
public record PlannedFigure(KeyFigure figure, String number, String value, String valueWithUnit, String period,
        String source, Anchor sourceAnchor, String qualifierBefore, String qualifierAfter) {

    /** A unit short enough to sit beside the number in a highlight ("km", "%"); longer ones repeat the label. */
    public java.util.Optional<String> shortUnit() {
        return figure.unit().filter(unit -> unit.length() <= 4);
    }
}
