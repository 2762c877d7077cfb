package org.chokepoint.text;

import java.util.List;

/**
 * Words written apart in one name and together in another ("gazprom bank" / "gazprombank", "ural vagon zavod" /
 * "uralvagonzavod"): registers, declarants and lists join and split the parts of a name as they please. Stateless.
 */
public final class WordRuns {
    private WordRuns() {}

    /**
     * How many consecutive words, from {@code from}, written together are exactly {@code joined}; 0 when no run of
     * at most {@code maxWords} of them is.
     *
     * @param words    normalised words; not null
     * @param from     the first word of the run, 0 ≤ from
     * @param joined   the word to spell; not null
     * @param maxWords the longest run tried, ≥ 1
     */
    public static int spelledAt(List<String> words, int from, String joined, int maxWords) {
        int length = 0;
        for (int j = from; j < words.size() && j - from < maxWords; j++) {
            String w = words.get(j);
            if (!joined.startsWith(w, length)) return 0;
            length += w.length();
            if (length == joined.length()) return j - from + 1;
        }
        return 0;
    }
}
