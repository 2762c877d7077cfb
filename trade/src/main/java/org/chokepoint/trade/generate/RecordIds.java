package org.chokepoint.trade.generate;

import java.util.Arrays;

/**
 * Record numbers a tracked party appeared in, ascending, without repeats, as a growable array of
 * primitives: ten million records cost 8 bytes each at most, never an object. Not thread-safe.
 */
final class RecordIds {
    private long[] values = new long[16];
    private int size;

    void add(long n) {
        if (size > 0 && values[size - 1] == n) return;
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = n;
    }

    int size() {
        return size;
    }

    long get(int i) {
        return values[i];
    }
}
