package org.chokepoint.detect.party;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EachPartyTest {
    @Test
    void everyPartyIsWorkedOnceOnTheThreadsAsked() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            for (int count : new int[] {0, 1, 2, 7, 1000}) {
                AtomicIntegerArray seen = new AtomicIntegerArray(count);
                java.util.Set<Thread> used = ConcurrentHashMap.newKeySet();
                EachParty.run(threads, count, "test", i -> {
                    seen.incrementAndGet(i);
                    used.add(Thread.currentThread());
                });
                for (int i = 0; i < count; i++) assertThat(seen.get(i)).as("party %d of %d on %d threads", i, count, threads).isEqualTo(1);
                assertThat(used.size()).isLessThanOrEqualTo(threads);
            }
        }
    }

    @Test
    void aFailureOfTheWorkIsThrownAsItWas() {
        assertThatThrownBy(() -> EachParty.run(2, 100, "test", i -> {
            if (i == 37) throw new IllegalArgumentException("party 37");
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("party 37");
    }
}
