package org.briefing.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The I-th of N parts of a batch (1-based), so a scheduler can spread reports over machines:
 * the inputs are sorted, and part I takes every N-th one starting at the I-th.
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("(\\d+)/(\\d+)");

    public static final Shard ALL = new Shard(1, 1);

    /** "2/4", or empty when the text is not of that form with 1 ≤ I ≤ N. */
    public static Optional<Shard> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        return index >= 1 && count >= 1 && index <= count ? Optional.of(new Shard(index, count)) : Optional.empty();
    }

    /** This part's share of {@code sorted}. */
    public <T> List<T> of(List<T> sorted) {
        return IntStream.range(0, sorted.size()).filter(i -> i % count == index - 1).mapToObj(sorted::get).toList();
    }
}
