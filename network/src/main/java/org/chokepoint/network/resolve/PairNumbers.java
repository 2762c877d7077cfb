package org.chokepoint.network.resolve;

import java.util.Arrays;

/**
 * The distinct keys of at least 0 among many, numbered in order of first appearance, and each key's number: the pairs of
 * names that the candidate pairs bear (384,000 candidate pairs at a million records, 44,000 pairs of names). One walk
 * with an open-addressing table of the distinct keys, where sorting a copy of all the keys, and then searching the
 * sorted ones once per candidate pair, cost several times as much. Stateless and thread-safe.
 */
final class PairNumbers {
    private PairNumbers() {}

    /**
     * @param keys   the keys; those below 0 stand for none
     * @param number filled with each key's number among the distinct keys, or -1 for a key below 0; as long as {@code keys}
     * @return the distinct keys of at least 0, in order of first appearance (a key's number is its place here)
     */
    static long[] of(long[] keys, int[] number) {
        Table table = new Table(Math.max(16, keys.length / 8));
        for (int i = 0; i < keys.length; i++) number[i] = keys[i] < 0 ? -1 : table.number(keys[i]);
        return Arrays.copyOf(table.distinct, table.count);
    }

    /** Keys to their numbers, linear probing, at most half full. */
    private static final class Table {
        private long[] slotKey;
        private int[] slotNumber;
        private int bits;
        long[] distinct;
        int count;

        Table(int expected) {
            bits = Math.max(4, 64 - Long.numberOfLeadingZeros(expected * 2L));
            slotKey = new long[1 << bits];
            slotNumber = new int[1 << bits];
            Arrays.fill(slotKey, -1);
            distinct = new long[expected];
        }

        /** The key's number, a new one when it is new. */
        int number(long key) {
            int s = slot(key);
            if (slotKey[s] == key) return slotNumber[s];
            if (count == distinct.length) distinct = Arrays.copyOf(distinct, count * 2);
            distinct[count] = key;
            slotKey[s] = key;
            slotNumber[s] = count;
            if (++count * 2 > slotKey.length) grow();
            return count - 1;
        }

        /** Where the key is, or the free slot it would take. */
        private int slot(long key) {
            int mask = slotKey.length - 1;
            int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
            while (slotKey[s] != key && slotKey[s] >= 0) s = (s + 1) & mask;
            return s;
        }

        private void grow() {
            bits++;
            slotKey = new long[1 << bits];
            slotNumber = new int[1 << bits];
            Arrays.fill(slotKey, -1);
            for (int k = 0; k < count; k++) {
                int s = slot(distinct[k]);
                slotKey[s] = distinct[k];
                slotNumber[s] = k;
            }
        }
    }
}
