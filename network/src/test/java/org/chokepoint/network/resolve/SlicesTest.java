package org.chokepoint.network.resolve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;

class SlicesTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 31, 32, 33, 1000, 27_794})
    void everyMentionOnceWhateverTheWeights(int n) {
        Random r = new Random(n);
        // Lopsided, as resolution's candidates are: the first mentions weigh the most, some weigh nothing.
        int[] weight = new int[n + 1];
        for (int i = 0; i < n; i++) weight[i + 1] = weight[i] + (r.nextInt(4) == 0 ? 0 : r.nextInt(1 + 2 * (n - i)));
        for (int[] w : new int[][] {weight, null}) {
            AtomicIntegerArray seen = new AtomicIntegerArray(n);
            ConcurrentHashMap<Object, Thread> states = new ConcurrentHashMap<>();
            Slices.forEach(n, w, Object::new, (state, i) -> {
                // A thread's state is its own: never handed to another thread.
                assertThat(states.computeIfAbsent(state, s -> Thread.currentThread())).isSameAs(Thread.currentThread());
                seen.incrementAndGet(i);
            });
            for (int i = 0; i < n; i++) assertThat(seen.get(i)).as("mention %d", i).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 64})
    void boundsAscendFromZeroToN(int slices) {
        int n = 1000;
        int[] weight = new int[n + 1];
        for (int i = 0; i < n; i++) weight[i + 1] = weight[i] + (i < 10 ? 10_000 : 1);
        int[] start = Slices.bounds(n, weight, slices);
        assertThat(start).hasSize(slices + 1);
        assertThat(start[0]).isZero();
        assertThat(start[slices]).isEqualTo(n);
        for (int s = 0; s < slices; s++) assertThat(start[s]).isLessThanOrEqualTo(start[s + 1]);
        // The heavy first mentions are cut into slices of their own, not handed out with the light rest.
        if (slices == 64) assertThat(start[10]).isLessThanOrEqualTo(10);
    }
}
