package org.briefing.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lengths a style field may take, inclusive, written as in a style file ("4pt", "12mm"). The
 * style loader checks every {@link Length} component against its bounds where the style writes it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface LengthBounds {
    String min();

    String max();

    /** What the value is, as a message names it: "font size", "margin". */
    String what();
}
