package org.chokepoint.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese words that the lists spell otherwise than Pinyin read one character at a time ({@code han-readings.tsv}):
 * places with an English name or a spelling of their own ("香港" Hong Kong, "哈尔滨" Harbin, "内蒙古" Inner Mongolia) and
 * words whose characters have another reading alone (重庆 Chongqing, not "zhongqing"; 银行 yinhang). A place name is a
 * proper name, so its English form is a spelling of the name, not a translation of it: it replaces the characters in
 * every reading. Immutable and thread-safe.
 */
final class HanWordReadings {
    private final Map<String, String> spellings;
    private final int longest;

    private HanWordReadings(Map<String, String> spellings) {
        this.spellings = Map.copyOf(spellings);
        this.longest = spellings.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The words of {@code han-readings.tsv}. */
    static HanWordReadings load() {
        Map<String, String> spellings = new HashMap<>();
        for (String[] row : DataFile.rows("han-readings.tsv")) {
            if (row.length != 2) throw new IllegalStateException("han-readings.tsv: expected 2 columns: " + String.join(" ", row));
            for (String word : DataFile.alternatives(row[1])) spellings.put(word, row[0]);
        }
        return new HanWordReadings(spellings);
    }

    /**
     * The text with each known word (the longest at each place) as its spelling between spaces; the same string when
     * it has none.
     */
    String spelled(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            int n = Math.min(longest, text.length() - i);
            String spelling = null;
            for (; n >= 2 && spelling == null; n--) spelling = spellings.get(text.substring(i, i + n));
            if (spelling == null) {
                i++;
                continue;
            }
            n++;
            if (out == null) out = new StringBuilder(text.length() + 16);
            out.append(text, copied, i).append(' ').append(spelling).append(' ');
            i += n;
            copied = i;
        }
        if (out == null) return text;
        return out.append(text, copied, text.length()).toString();
    }

    /** The words the file spells, for tests. */
    List<String> words() {
        return List.copyOf(spellings.keySet());
    }
}
