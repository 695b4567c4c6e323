package org.briefing.load;

import org.briefing.model.Limits;

/**
 * The shape of a BCP 47 language tag as Briefing accepts it: a 2–3 letter language, then
 * hyphen-separated subtags of 2–8 letters or digits ("en", "en-GB", "zh-Hant-TW"). A plain
 * scan: the regular expression it replaces recursed once per subtag.
 */
final class LanguageTag {
    private LanguageTag() {}

    static boolean isWellFormed(String tag) {
        if (tag.length() > Limits.MAX_LANGUAGE_CHARS) {
            return false;
        }
        String[] parts = tag.split("-", -1);
        if (parts[0].length() < 2 || parts[0].length() > 3 || !parts[0].chars().allMatch(LanguageTag::isLetter)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.length() < 2 || part.length() > 8
                    || !part.chars().allMatch(c -> isLetter(c) || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
