package org.briefing.style;

import java.util.Optional;

/**
 * The words a style replaces in the report language's built-in set; each is optional, and one
 * given here wins over the language's. The names are those of {@code org.briefing.plan.Words}.
 */
public record WordOverrides(Optional<String> contents, Optional<String> appendix, Optional<String> keyFigures,
        Optional<String> keyPoints, Optional<String> summary, Optional<String> table, Optional<String> figure,
        Optional<String> value, Optional<String> period, Optional<String> source, Optional<String> section,
        @Template("{page}") Optional<String> page, @Template({"{label}", "{text}"}) Optional<String> labelled,
        Optional<String> continued, Optional<String> fullBriefing,
        @Template("{value}") Optional<String> over, @Template("{value}") Optional<String> justOver,
        @Template("{value}") Optional<String> upTo, @Template("{value}") Optional<String> about,
        @Template("{value}") Optional<String> almost, @Template("{value}") Optional<String> atLeast,
        @Template("{value}") Optional<String> fewerThan, @Template("{value}") Optional<String> only) {}
