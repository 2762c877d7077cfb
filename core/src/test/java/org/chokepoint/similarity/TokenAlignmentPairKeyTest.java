package org.chokepoint.similarity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The alignment breaks ties between pairs on their key; comparing keys without building them must agree with building them. */
class TokenAlignmentPairKeyTest {
    @Test
    void comparingKeysInPlaceAgreesWithComparingTheBuiltKeys() {
        Random random = new Random(11);
        // Short words over a few letters, so that prefixes, equal words and the separator all come into play.
        List<String> letters = List.of("a", "b", "z", "a", "bb", "");
        for (int round = 0; round < 20_000; round++) {
            String[] w = new String[4];
            for (int k = 0; k < 4; k++) {
                StringBuilder s = new StringBuilder();
                int parts = 1 + random.nextInt(3);
                for (int p = 0; p < parts; p++) s.append(letters.get(random.nextInt(letters.size())));
                w[k] = s.isEmpty() ? "a" : s.toString();
            }
            int expected = Integer.signum(TokenAlignment.pairKey(w[0], w[1]).compareTo(TokenAlignment.pairKey(w[2], w[3])));
            assertThat(TokenAlignment.comparePairKeys(w[0], w[1], w[2], w[3])).as(String.join(",", w)).isEqualTo(expected);
        }
    }
}
