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

    /**
     * For a font size: how many ems of it a line of the text block holds at least, so a line keeps
     * enough words (and the one-page summary's title block fits); 0 for other lengths.
     */
    int emsPerLine() default 0;

    /** What the value is, as a message names it: "font size", "margin". */
    String what();
}
