package org.chokepoint.detect.findings;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A party's record ids for {@code parties.jsonl}, in record order, written as the JSON array Jackson writes one string at
 * a time. DuckDB joins each party's ids into one text of entries {@code idx:length:id} ({@link #ENTRY}), in no
 * particular order, fetched as UTF-8 bytes: a million records' two million ids fetched over JDBC a row and a String
 * each, in the order of a sort by party and record, cost more than all the rest of the file, and an aggregate ordered
 * by record cost DuckDB as much as that sort. Each entry says its own length, so an id may hold any character; the
 * entries are put in record order here.
 *
 * <p>When none of the party's ids holds a character Jackson escapes (quote, backslash, a control character, one outside
 * the Basic Multilingual Plane, see {@link #plain}), the ids' bytes go to the file as they are, quoted and separated;
 * otherwise each id is written by Jackson.
 */
final class RecordIds {
    /** One id of a party, as DuckDB writes it into the party's joined text; a null id has the length {@code -}. */
    static final String ENTRY = "x.idx::VARCHAR || ':' || coalesce(strlen(r.record_id)::VARCHAR, '-') || ':' || coalesce(r.record_id, '')";
    static final RecordIds NONE = new RecordIds(new byte[0], new int[0], new int[0]);

    private final byte[] joined;
    /** Per id in record order, where its bytes start in {@link #joined} and how many there are (-1: null). */
    private final int[] start, length;

    private RecordIds(byte[] joined, int[] start, int[] length) {
        this.joined = joined;
        this.start = start;
        this.length = length;
    }

    /** The party's ids from the joined entries ({@link #ENTRY}, concatenated with no separator). */
    static RecordIds of(byte[] joined) {
        int count = 0;
        long[] key = new long[16];
        int[] at = new int[16], len = new int[16];
        for (int i = 0; i < joined.length; ) {
            long idx = 0;
            while (joined[i] != ':') idx = idx * 10 + (joined[i++] - '0');
            i++;
            int n = -1;
            if (joined[i] == '-') {
                i++;
            } else {
                n = 0;
                while (joined[i] != ':') n = n * 10 + (joined[i++] - '0');
            }
            i++;
            if (count == key.length) {
                key = Arrays.copyOf(key, count * 2);
                at = Arrays.copyOf(at, count * 2);
                len = Arrays.copyOf(len, count * 2);
            }
            // Record number above, entry number below: one sort of longs puts the entries in record order. A run holds
            // far fewer than 2^31 records.
            key[count] = (long) Math.toIntExact(idx) << 32 | count;
            at[count] = i;
            len[count] = n;
            count++;
            i += Math.max(n, 0);
        }
        long[] order = Arrays.copyOf(key, count);
        Arrays.sort(order);
        int[] start = new int[count], length = new int[count];
        for (int k = 0; k < count; k++) {
            int e = (int) order[k];
            start[k] = at[e];
            length[k] = len[e];
        }
        return new RecordIds(joined, start, length);
    }

    /**
     * Writes the array as the field's value. Plain ids go as bytes straight to {@code out}, the generator flushed first so
     * that its buffered output comes before them: UTF-8 in, UTF-8 out, nothing to decode or escape.
     */
    void write(JsonGenerator g, OutputStream out) throws IOException {
        if (start.length > 0 && plain()) {
            g.writeRawValue("[\"");
            g.flush();
            for (int k = 0; k < start.length; k++) {
                if (k > 0) out.write(NEXT);
                out.write(joined, start[k], length[k]);
            }
            g.writeRaw("\"]");
            return;
        }
        g.writeStartArray();
        for (int k = 0; k < start.length; k++) g.writeString(length[k] < 0 ? null : new String(joined, start[k], length[k], StandardCharsets.UTF_8));
        g.writeEndArray();
    }

    private static final byte[] NEXT = {'"', ',', '"'};

    /**
     * No id null and none with a character that Jackson escapes by default: a quote, a backslash, a control character, or
     * one beyond the Basic Multilingual Plane (Jackson writes its surrogate pair as two escapes, not as the four UTF-8
     * bytes; such a character starts with a byte 0xF0 to 0xF7). Every other character Jackson writes in UTF-8 as it comes.
     */
    private boolean plain() {
        for (int k = 0; k < start.length; k++) {
            if (length[k] < 0) return false;
            for (int i = start[k], end = start[k] + length[k]; i < end; i++) {
                byte b = joined[i];
                if (b == '"' || b == '\\' || b >= 0 && b < 0x20 || (b & 0xF8) == 0xF0) return false;
            }
        }
        return true;
    }
}
