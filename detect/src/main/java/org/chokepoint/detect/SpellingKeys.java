package org.chokepoint.detect;

import java.nio.charset.StandardCharsets;

/**
 * The parties' spellings (name, country, identifier, address) the byte scan of {@link SqlRecordPass} meets, by their
 * bytes (stripped on a row with blanks, a doubled quote written once), and on each row the key of the exporter's and
 * of the importer's ({@code -1} for a row the scan did not take: a row for Java to check, a row across two chunks of
 * the file).
 * The pass numbers the spellings from these in file order ({@link SqlRecordPass}), reading from DuckDB only the rows
 * the scan did not take: in SQL a grouping of two million spellings by their four texts, reading the 73,870 distinct ones
 * over JDBC and joining each record to them by a hash of its texts cost about 1.2 CPU-s a million rows, and DuckDB's one-
 * thread read of the file leaves the scan's core time to spare. Keys are numbered in the order first met; two keys are
 * never the same bytes (an absent value and an empty one are the same: no bytes). Not thread-safe: the scan's thread
 * fills it.
 */
final class SpellingKeys {
    /** The four values of a spelling, in this order, in {@link #row}'s arrays from {@code at}. */
    static final int NAME = 0, COUNTRY = 1, ID = 2, ADDRESS = 3, VALUES = 4;

    private int[] slots = new int[1 << 12]; // the number of a key + 1, 0 for an empty slot
    private int[] hashes = new int[1 << 11];
    private byte[][] keys = new byte[1 << 11][];
    private int size;
    private int[] exporter = new int[1 << 16], importer = new int[1 << 16];
    private int rows; // rows[0, rows) are set, -1 where not taken

    /**
     * Row {@code row}'s (numbered from 0, each at most once, in order) two spellings, from the bytes of {@code a} (each
     * value's {@code from[v]} and {@code len[v]}, as written between its quotes: {@code doubled[v]} when it holds
     * doubled quotes); with {@code strip}, each value stripped first as SQL strips the row's values ({@link #strip}).
     */
    void row(long row, byte[] a, int[] from, int[] len, boolean[] doubled, int exporterAt, int importerAt, boolean strip) {
        if (strip) {
            for (int v = exporterAt; v < exporterAt + VALUES; v++) strip(a, from, len, v);
            for (int v = importerAt; v < importerAt + VALUES; v++) strip(a, from, len, v);
        }
        int r = reach(row);
        exporter[r] = add(a, from, len, doubled, exporterAt);
        importer[r] = add(a, from, len, doubled, importerAt);
    }

    /**
     * Narrows value {@code v} to its bytes without leading and trailing whitespace, as {@code String.strip()} (and the
     * pass's SQL on a row with blanks) removes it: the characters {@link Character#isWhitespace(int)} accepts, the ASCII
     * ones (tab to carriage return, 0x1C to the space) and U+1680, U+2000-U+2006, U+2008-U+200A, U+2028, U+2029,
     * U+205F and U+3000 (not the no-break spaces U+00A0, U+2007 and U+202F).
     */
    static void strip(byte[] a, int[] from, int[] len, int v) {
        int f = from[v], n = len[v];
        while (n > 0) {
            if (asciiSpace(a[f])) {
                f++;
                n--;
            } else if (n >= 3 && wideSpace(a[f] & 0xFF, a[f + 1] & 0xFF, a[f + 2] & 0xFF)) {
                f += 3;
                n -= 3;
            } else break;
        }
        while (n > 0) {
            int e = f + n - 1;
            if (asciiSpace(a[e])) n--;
            else if (n >= 3 && wideSpace(a[e - 2] & 0xFF, a[e - 1] & 0xFF, a[e] & 0xFF)) n -= 3;
            else break;
        }
        from[v] = f;
        len[v] = n;
    }

    private static boolean asciiSpace(byte b) {
        return b >= 0x09 && b <= 0x0D || b >= 0x1C && b <= 0x20;
    }

    /** Whether the three bytes of a UTF-8 character are one of the whitespace characters beyond ASCII. */
    private static boolean wideSpace(int b1, int b2, int b3) {
        return b1 == 0xE1 && b2 == 0x9A && b3 == 0x80
                || b1 == 0xE2 && b2 == 0x80 && (b3 >= 0x80 && b3 <= 0x86 || b3 >= 0x88 && b3 <= 0x8A || b3 == 0xA8 || b3 == 0xA9)
                || b1 == 0xE2 && b2 == 0x81 && b3 == 0x9F
                || b1 == 0xE3 && b2 == 0x80 && b3 == 0x80;
    }

    private int reach(long row) {
        if (row >= Integer.MAX_VALUE - 8) throw new IllegalStateException("too many rows for the scan's spellings: " + row);
        int r = (int) row;
        if (r >= exporter.length) {
            int n = Math.max(exporter.length * 2, r + 1);
            int old = exporter.length;
            exporter = java.util.Arrays.copyOf(exporter, n);
            importer = java.util.Arrays.copyOf(importer, n);
            java.util.Arrays.fill(exporter, old, n, -1);
            java.util.Arrays.fill(importer, old, n, -1);
        }
        if (rows < r) {
            java.util.Arrays.fill(exporter, rows, r, -1);
            java.util.Arrays.fill(importer, rows, r, -1);
        }
        rows = Math.max(rows, r + 1);
        return r;
    }

    /** The key of row {@code row}'s exporter, -1 when the scan did not take the row. */
    int exporter(long row) {
        return row < rows ? exporter[(int) row] : -1;
    }

    /** The key of row {@code row}'s importer, -1 when the scan did not take the row. */
    int importer(long row) {
        return row < rows ? importer[(int) row] : -1;
    }

    int size() {
        return size;
    }

    /** The four values of key {@code k} ({@link #NAME}...), an absent one empty. */
    String[] values(int k) {
        String[] out = new String(keys[k], StandardCharsets.UTF_8).split("\u0000", -1);
        if (out.length != VALUES) throw new IllegalStateException("a spelling of " + out.length + " values");
        return out;
    }

    private byte[] scratch = new byte[256]; // the key being looked up

    /**
     * The number of the spelling in ranges {@code at} to {@code at + 3}, numbered when new: its key is the four values
     * joined by NUL bytes (which no value of a file the scan takes holds), with a doubled quote written once.
     */
    private int add(byte[] a, int[] from, int[] len, boolean[] doubled, int at) {
        int n = VALUES - 1;
        for (int v = at; v < at + VALUES; v++) n += len[v];
        if (n > scratch.length) scratch = new byte[Math.max(n, scratch.length * 2)];
        int p = 0;
        for (int v = at; v < at + VALUES; v++) {
            if (v > at) scratch[p++] = 0;
            if (!doubled[v]) {
                System.arraycopy(a, from[v], scratch, p, len[v]);
                p += len[v];
            } else {
                for (int k = from[v], end = from[v] + len[v]; k < end; k++) {
                    scratch[p++] = a[k];
                    if (a[k] == '"') k++; // the second quote of two
                }
            }
        }
        long x = mix(scratch, 0, p, 0x51ED27L);
        int h = (int) (x ^ (x >>> 32));
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int k = slots[s] - 1;
            if (k < 0) return insert(s, h, java.util.Arrays.copyOf(scratch, p));
            if (hashes[k] == h && java.util.Arrays.equals(keys[k], 0, keys[k].length, scratch, 0, p)) return k;
        }
    }

    /** A hash of the bytes a[from, from + len) on top of {@code x}, eight bytes at a time (every row's values pass here). */
    private static long mix(byte[] a, int from, int len, long x) {
        int k = from, end = from + len;
        for (; k + 8 <= end; k += 8) x = (x ^ (long) SqlRecordPass.LONGS.get(a, k)) * 0x9E3779B97F4A7C15L;
        for (; k < end; k++) x = (x ^ a[k]) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    private int insert(int slot, int h, byte[] key) {
        if (size == keys.length) {
            keys = java.util.Arrays.copyOf(keys, size * 2);
            hashes = java.util.Arrays.copyOf(hashes, size * 2);
        }
        keys[size] = key;
        hashes[size] = h;
        slots[slot] = ++size;
        if (size * 2 > slots.length) rehash();
        return size - 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int k = 0; k < size; k++) {
            int s = hashes[k] & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = k + 1;
        }
    }
}
