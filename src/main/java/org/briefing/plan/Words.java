package org.briefing.plan;

import org.briefing.model.Qualifier;

/**
 * The words Briefing itself prints, in the report's language: the built-in set for
 * {@code metadata.language} with the style's {@code words} laid over it (see {@link WordSets}).
 * {@code page} holds {@code {page}} and {@code {pages}}; {@code labelled} holds {@code {label}} and
 * {@code {text}} ("Period: 2022", "Période : 2022"); each qualifier holds {@code {value}}.
 */
public record Words(String contents, String appendix, String keyFigures, String keyPoints, String summary,
        String table, String figure, String value, String period, String source, String section, String page,
        String labelled, String continued, String fullBriefing, String over, String justOver, String upTo, String about,
        String almost, String atLeast, String fewerThan, String only) {

    /** "Period: 2022" in English, "Période : 2022" in French, "时期：2022" in Chinese. */
    public String labelled(String label, String text) {
        return labelled.replace("{label}", label).replace("{text}", text);
    }

    /** The qualifier's template: "over {value}", "{value} 이상". */
    public String qualifier(Qualifier qualifier) {
        return switch (qualifier) {
            case OVER -> over;
            case JUST_OVER -> justOver;
            case UP_TO -> upTo;
            case ABOUT -> about;
            case ALMOST -> almost;
            case AT_LEAST -> atLeast;
            case FEWER_THAN -> fewerThan;
            case ONLY -> only;
        };
    }
}
