package org.chokepoint.network.resolve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StableSortTest {
    /** An element whose order looks at its key only: equal keys tell apart by identity, which a stable sort keeps in input order. */
    private record Item(int key, int seq) {}

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, StableSort.PARALLEL_FROM - 1, StableSort.PARALLEL_FROM, StableSort.PARALLEL_FROM + 1, 100_003})
    void sameOrderAsTheSequentialStableSort(int n) {
        Random r = new Random(n);
        Item[] items = new Item[n];
        // Few distinct keys: many ties, which a sort that is not stable, or a merge that prefers the second half, would reorder.
        for (int i = 0; i < n; i++) items[i] = new Item(r.nextInt(Math.max(1, n / 50)), i);
        Item[] expected = items.clone();
        Arrays.sort(expected, Comparator.comparingInt(Item::key));
        StableSort.onTwoThreads(items, Comparator.comparingInt(Item::key));
        assertThat(items).containsExactly(expected);
    }

    @Test
    void sortedInputStaysAndReversedInputTurns() {
        Integer[] up = new Integer[50_000];
        for (int i = 0; i < up.length; i++) up[i] = i;
        Integer[] down = up.clone();
        Arrays.sort(down, Comparator.reverseOrder());
        StableSort.onTwoThreads(down, Comparator.naturalOrder());
        assertThat(down).containsExactly(up);
    }
}
