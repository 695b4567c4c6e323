package org.briefing.style;

import java.util.Optional;

/**
 * The words a style replaces in the report language's built-in set; each is optional, and one
 * given here wins over the language's. The names are those of {@code org.briefing.plan.Words}.
 */
public record WordOverrides(Optional<String> contents, Optional<String> appendix, Optional<String> keyFigures,
        Optional<String> keyPoints, Optional<String> summary, Optional<String> table, Optional<String> figure,
        Optional<String> value, Optional<String> period, Optional<String> source, Optional<String> section,
        Optional<String> page, Optional<String> labelled, Optional<String> continued, Optional<String> fullBriefing,
        Optional<String> over,
        Optional<String> justOver, Optional<String> upTo, Optional<String> about, Optional<String> almost,
        Optional<String> atLeast, Optional<String> fewerThan, Optional<String> only) {}
