package org.chokepoint.trade.generate;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class PartyIdsTest {

    /** Draws 0 for the first {@code zeros} digits asked for, then 1 for ever. */
    private static RandomGenerator zerosThenOnes(int zeros) {
        return new RandomGenerator() {
            int calls;

            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public int nextInt(int bound) {
                return calls++ < zeros ? 0 : 1;
            }
        };
    }

    @Test
    void aListedNumberWrittenWithPunctuationIsNotHandedOut() {
        PartyIds ids = new PartyIds(Set.of("19-000.0000"));
        assertThat(ids.next("BY", zerosThenOnes(7))).isEqualTo("191111111");
    }

    @Test
    void theSameNumberIsNeverHandedOutTwice() {
        PartyIds ids = new PartyIds(Set.of());
        assertThat(ids.next("BY", zerosThenOnes(7))).isEqualTo("190000000");
        assertThat(ids.next("BY", zerosThenOnes(7))).isEqualTo("191111111");
    }
}
