package org.briefing.model;

import java.util.Arrays;
import java.util.Optional;

/** How exact a figure is, printed before its value: "over 30", "up to 3 months". */
public enum Qualifier {
    OVER("over"),
    JUST_OVER("just over"),
    UP_TO("up to"),
    ABOUT("about"),
    ALMOST("almost"),
    AT_LEAST("at least"),
    FEWER_THAN("fewer than"),
    ONLY("only");

    private final String words;

    Qualifier(String words) {
        this.words = words;
    }

    /** The English words, as written in report files. */
    public String words() {
        return words;
    }

    public static Optional<Qualifier> fromWords(String words) {
        return Arrays.stream(values()).filter(q -> q.words.equals(words)).findFirst();
    }
}
