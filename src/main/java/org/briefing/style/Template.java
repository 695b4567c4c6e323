package org.briefing.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The placeholders a style text must hold, each exactly once ({@code {value}} in a qualifier,
 * where the number goes): the style loader checks them where the style writes the text, so a
 * template without its placeholder is a style problem, not a value lost or a failed render.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Template {
    String[] value();
}
