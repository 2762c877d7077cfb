package org.chokepoint.network.resolve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PairNumbersTest {
    /** Against a map filled in order: the same distinct keys in order of first appearance, the same number for each key. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 15, 16, 17, 1_000, 100_003})
    void numbersEachDistinctKeyInOrderOfFirstAppearance(int n) {
        Random r = new Random(n);
        long[] keys = new long[n];
        // Many repeats, some keys of "none", and keys as the resolver writes them (two ints, the first in the high half),
        // some of them large, so that the table grows and probes past collisions.
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            keys[i] = kind == 0 ? -1 : kind < 8 ? ((long) r.nextInt(n / 20 + 1) << 32) | r.nextInt(5) : r.nextLong() & Long.MAX_VALUE;
        }
        Map<Long, Integer> expectedNumber = new HashMap<>();
        List<Long> expectedDistinct = new ArrayList<>();
        int[] expected = new int[n];
        for (int i = 0; i < n; i++) {
            if (keys[i] < 0) {
                expected[i] = -1;
                continue;
            }
            expected[i] = expectedNumber.computeIfAbsent(keys[i], k -> {
                expectedDistinct.add(k);
                return expectedDistinct.size() - 1;
            });
        }
        int[] number = new int[n];
        long[] distinct = PairNumbers.of(keys, number);
        assertThat(distinct).containsExactly(expectedDistinct.stream().mapToLong(Long::longValue).toArray());
        assertThat(number).containsExactly(expected);
    }
}
