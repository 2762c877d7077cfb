package org.chokepoint.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token sequences ("limited liability company", "kwang op") mapped to a value, with longest-match
 * lookup at a position. The lookup structure of legal forms and vocabulary. Immutable once built
 * by its loader; thread-safe for reading.
 */
final class PhraseMap {
    private final Map<List<String>, String> phrases = new HashMap<>();
    private int longest;

    /** Adds a phrase unless it is empty or already present (the first entry of a data file wins). */
    void put(List<String> phrase, String value) {
        if (phrase.isEmpty()) return;
        phrases.putIfAbsent(List.copyOf(phrase), value);
        longest = Math.max(longest, phrase.size());
    }

    /** Length of the longest phrase starting at {@code from}, or 0. */
    int longestAt(List<String> tokens, int from) {
        for (int n = Math.min(longest, tokens.size() - from); n > 0; n--) {
            if (phrases.containsKey(tokens.subList(from, from + n))) return n;
        }
        return 0;
    }

    /** Length of the longest phrase ending just before {@code end}, or 0. */
    int longestEndingAt(List<String> tokens, int end) {
        for (int n = Math.min(longest, end); n > 0; n--) {
            if (phrases.containsKey(tokens.subList(end - n, end))) return n;
        }
        return 0;
    }

    String get(List<String> phrase) {
        return phrases.get(phrase);
    }
}
