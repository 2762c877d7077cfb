package org.chokepoint.network.resolve;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InTurnTest {
    @Test
    void everyIndexIsWorkedOnce() {
        for (int n : new int[] {0, 1, InTurn.STEP - 1, InTurn.STEP, InTurn.STEP + 1, 1000, 12_345}) {
            AtomicIntegerArray seen = new AtomicIntegerArray(n);
            InTurn.run(n, seen::incrementAndGet);
            for (int i = 0; i < n; i++) assertThat(seen.get(i)).as("index %d of %d", i, n).isEqualTo(1);
        }
    }

    @Test
    void aFailureOfTheWorkIsThrown() {
        assertThatThrownBy(() -> InTurn.run(1000, i -> {
            if (i == 500) throw new IllegalStateException("index 500");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("index 500");
    }
}
