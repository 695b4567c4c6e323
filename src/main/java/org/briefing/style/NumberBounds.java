package org.briefing.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The plain numbers a style field may take, inclusive. The style loader checks every {@code int}
 * and {@code double} component against its bounds (whole numbers for {@code int}) where the style
 * writes it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NumberBounds {
    double min();

    double max();

    /** What the value is, as a message names it: "line height", "contents depth". */
    String what();
}
