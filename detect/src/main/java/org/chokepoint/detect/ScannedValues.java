package org.chokepoint.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The distinct values the byte scan of {@link SqlRecordPass} meets in the columns whose values Java screens once each:
 * carriers with their IMO numbers, and makers. DuckDB reads the file on one core while the scan runs on the other, and
 * the scan ends first (about 0.6-1 CPU-s against 1.8 for the read of a million rows): the screening of these values
 * against the lists (cached by value) then runs on the core that would idle. (The names of the parties to goods of
 * concern, for what names say, were collected too at first: 11,335 names from a million rows cost the scan 0.2-0.4
 * CPU-s, about what working them out later costs on two threads.) A hint, not a record of the file: a value met on a
 * row that is later rejected, stripped or checked in Java is harmless (the caches are keyed by value), and one missed
 * is worked out later, when the pass asks for it. Not thread-safe: the scan's thread fills it.
 */
final class ScannedValues {
    /** The places of the columns a row's values are taken from, in {@link #row}'s arrays. */
    static final int CARRIER = 0, IMO = 1, MAKER = 2, ROLES = 3;

    private final Distinct carriers = new Distinct(), makers = new Distinct();

    /**
     * One row's values, each as its bytes {@code a[from[r], from[r] + len[r])} ({@code len[r] == 0}: absent), for the
     * roles {@link #CARRIER}, {@link #IMO} and {@link #MAKER}.
     */
    void row(byte[] a, int[] from, int[] len) {
        if (len[CARRIER] > 0 || len[IMO] > 0) carriers.add(a, from[CARRIER], len[CARRIER], from[IMO], len[IMO]);
        if (len[MAKER] > 0) makers.add(a, from[MAKER], len[MAKER], 0, -1);
    }

    /** The carriers met, each {carrier, IMO number}, either null when absent. */
    List<String[]> carriers() {
        List<String[]> out = new ArrayList<>(carriers.size());
        for (int i = 0; i < carriers.size(); i++) {
            String[] pair = carriers.text(i).split("\u0000", -1);
            out.add(new String[] {pair[0].isEmpty() ? null : pair[0], pair[1].isEmpty() ? null : pair[1]});
        }
        return out;
    }

    List<String> makers() {
        return makers.texts();
    }

    /**
     * A set of byte strings, each one or two ranges of a buffer (two joined by a NUL byte, which no value of a file the
     * scan accepts holds), numbered in the order first met: open addressing on a hash of the bytes, so that a value met
     * again costs a hash and a comparison, not a String.
     */
    private static final class Distinct {
        private int[] slots = new int[1 << 10]; // the number of a value + 1, 0 for an empty slot
        private int[] hashes = new int[1 << 9];
        private byte[][] values = new byte[1 << 9][];
        private int size;

        int size() {
            return size;
        }

        /** The number of the value of these ranges ({@code len2 < 0}: one range), numbered when new. */
        int add(byte[] a, int from1, int len1, int from2, int len2) {
            long x = mix(a, from1, len1, len1);
            if (len2 >= 0) x = mix(a, from2, len2, x);
            int h = (int) (x ^ (x >>> 32));
            int mask = slots.length - 1;
            for (int s = h & mask; ; s = (s + 1) & mask) {
                int v = slots[s] - 1;
                if (v < 0) return insert(s, h, a, from1, len1, from2, len2);
                if (hashes[v] == h && same(values[v], a, from1, len1, from2, len2)) return v;
            }
        }

        /** A hash of the bytes a[from, from + len) on top of {@code x}, eight bytes at a time (every row's values pass here). */
        private static long mix(byte[] a, int from, int len, long x) {
            int k = from, end = from + len;
            for (; k + 8 <= end; k += 8) x = (x ^ (long) SqlRecordPass.LONGS.get(a, k)) * 0x9E3779B97F4A7C15L;
            for (; k < end; k++) x = (x ^ a[k]) * 0x9E3779B97F4A7C15L;
            return x ^ (x >>> 29);
        }

        private static boolean same(byte[] value, byte[] a, int from1, int len1, int from2, int len2) {
            int total = len2 < 0 ? len1 : len1 + 1 + len2;
            if (value.length != total) return false;
            if (!java.util.Arrays.equals(value, 0, len1, a, from1, from1 + len1)) return false;
            return len2 < 0 || value[len1] == 0 && java.util.Arrays.equals(value, len1 + 1, total, a, from2, from2 + len2);
        }

        private int insert(int slot, int h, byte[] a, int from1, int len1, int from2, int len2) {
            byte[] value = new byte[len2 < 0 ? len1 : len1 + 1 + len2];
            System.arraycopy(a, from1, value, 0, len1);
            if (len2 >= 0) System.arraycopy(a, from2, value, len1 + 1, len2);
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
                hashes = java.util.Arrays.copyOf(hashes, size * 2);
            }
            values[size] = value;
            hashes[size] = h;
            slots[slot] = ++size;
            if (size * 2 > slots.length) rehash();
            return size - 1;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int v = 0; v < size; v++) {
                int s = hashes[v] & mask;
                while (slots[s] != 0) s = (s + 1) & mask;
                slots[s] = v + 1;
            }
        }

        String text(int v) {
            return new String(values[v], StandardCharsets.UTF_8);
        }

        List<String> texts() {
            List<String> out = new ArrayList<>(size);
            for (int v = 0; v < size; v++) out.add(text(v));
            return out;
        }
    }
}
