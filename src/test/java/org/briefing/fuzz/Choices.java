package org.briefing.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where a mutation's decisions come from: Jazzer's fuzzer input in the long run (so coverage
 * guides them), a seeded generator in the bounded run of the normal build (so it is repeatable).
 */
interface Choices {
    /** A number from 0 to {@code bound - 1}. */
    int below(int bound);

    /** Up to {@code maxLength} arbitrary UTF-16 units, lone surrogates and controls included. */
    String text(int maxLength);

    default boolean coin() {
        return below(2) == 0;
    }

    default <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** Case {@code index} of the run seeded {@code seed}: the same pair gives the same choices. */
    static Choices seeded(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        return new Choices() {
            @Override
            public int below(int bound) {
                return bound <= 1 ? 0 : random.nextInt(bound);
            }

            @Override
            public String text(int maxLength) {
                int length = random.nextInt(maxLength + 1);
                StringBuilder text = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    // Mostly printable ASCII, sometimes anything a UTF-16 unit can be.
                    text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : 0x20 + random.nextInt(0x5f)));
                }
                return text.toString();
            }
        };
    }

    /** Choices read from the fuzzer's input; when it runs out every choice is 0. */
    static Choices of(FuzzedDataProvider data) {
        return new Choices() {
            @Override
            public int below(int bound) {
                return bound <= 1 ? 0 : data.consumeInt(0, bound - 1);
            }

            @Override
            public String text(int maxLength) {
                return data.consumeString(maxLength);
            }
        };
    }
}
