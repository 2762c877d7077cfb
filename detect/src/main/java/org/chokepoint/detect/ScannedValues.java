package org.chokepoint.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The distinct values the byte scan of {@link SqlRecordPass} meets in the columns whose values Java screens or reads
 * once each: carriers with their IMO numbers, makers, and the names of the parties to goods of concern. DuckDB reads
 * the file on one core while the scan runs on the other, and the scan ends first (about 1 CPU-s against 1.8 for the read
 * of a million rows): what Java does with these values (screening against the lists, what names say, all cached by
 * value) then runs on the core that would idle. A hint, not a record of the file: a value met on a row that is later
 * rejected, stripped or checked in Java is harmless (the caches are keyed by value), and one missed is worked out
 * later, when the pass asks for it. Not thread-safe: the scan's thread fills it.
 */
final class ScannedValues {
    /** The places of the columns a row's values are taken from, in {@link #row}'s arrays. */
    static final int CARRIER = 0, IMO = 1, MAKER = 2, HS_CODE = 3, EXPORTER = 4, IMPORTER = 5, ROLES = 6;

    private final Predicate<String> concern;
    private final Distinct carriers = new Distinct(), makers = new Distinct(), codes = new Distinct(), names = new Distinct();
    /** Whether the goods of each distinct code ({@code codes}, by number) are of concern. */
    private boolean[] concernOf = new boolean[256];

    /** @param concern whether goods of a tariff code, as written, are of concern (asked once per distinct code) */
    ScannedValues(Predicate<String> concern) {
        this.concern = concern;
    }

    /**
     * One row's values, each as its bytes {@code a[from[r], from[r] + len[r])} ({@code len[r] == 0}: absent), for the
     * roles {@link #CARRIER} to {@link #IMPORTER}.
     */
    void row(byte[] a, int[] from, int[] len) {
        if (len[CARRIER] > 0 || len[IMO] > 0) carriers.add(a, from[CARRIER], len[CARRIER], from[IMO], len[IMO]);
        if (len[MAKER] > 0) makers.add(a, from[MAKER], len[MAKER], 0, -1);
        if (len[HS_CODE] == 0) return;
        int before = codes.size();
        int code = codes.add(a, from[HS_CODE], len[HS_CODE], 0, -1);
        if (code == before) {
            if (code == concernOf.length) concernOf = java.util.Arrays.copyOf(concernOf, code * 2);
            concernOf[code] = concern.test(codes.text(code));
        }
        if (!concernOf[code]) return;
        if (len[EXPORTER] > 0) names.add(a, from[EXPORTER], len[EXPORTER], 0, -1);
        if (len[IMPORTER] > 0) names.add(a, from[IMPORTER], len[IMPORTER], 0, -1);
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

    /** The names of the exporters and importers of goods of concern. */
    List<String> namesOfConcern() {
        return names.texts();
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
            int h = 1;
            for (int k = from1; k < from1 + len1; k++) h = 31 * h + a[k];
            if (len2 >= 0) {
                h = 31 * h;
                for (int k = from2; k < from2 + len2; k++) h = 31 * h + a[k];
            }
            h ^= h >>> 16;
            int mask = slots.length - 1;
            for (int s = h & mask; ; s = (s + 1) & mask) {
                int v = slots[s] - 1;
                if (v < 0) return insert(s, h, a, from1, len1, from2, len2);
                if (hashes[v] == h && same(values[v], a, from1, len1, from2, len2)) return v;
            }
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
