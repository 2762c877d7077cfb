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
    /**
     * The length of the longest phrase that starts (ends) with each word: most words of a name start no phrase, and
     * looking up every length of phrase at every word (a sublist hashed and compared each time) was most of the cost
     * of normalising a name's legal forms and vocabulary.
     */
    private final Map<String, Integer> longestFrom = new HashMap<>(), longestTo = new HashMap<>();

    /** Adds a phrase unless it is empty or already present (the first entry of a data file wins). */
    void put(List<String> phrase, String value) {
        if (phrase.isEmpty()) return;
        phrases.putIfAbsent(List.copyOf(phrase), value);
        longestFrom.merge(phrase.getFirst(), phrase.size(), Math::max);
        longestTo.merge(phrase.getLast(), phrase.size(), Math::max);
    }

    /** Length of the longest phrase starting at {@code from}, or 0. */
    int longestAt(List<String> tokens, int from) {
        if (from < 0 || from >= tokens.size()) return 0;
        Integer longest = longestFrom.get(tokens.get(from));
        if (longest == null) return 0;
        for (int n = Math.min(longest, tokens.size() - from); n > 0; n--) {
            if (phrases.containsKey(tokens.subList(from, from + n))) return n;
        }
        return 0;
    }

    /** Length of the longest phrase ending just before {@code end}, or 0. */
    int longestEndingAt(List<String> tokens, int end) {
        if (end <= 0 || end > tokens.size()) return 0;
        Integer longest = longestTo.get(tokens.get(end - 1));
        if (longest == null) return 0;
        for (int n = Math.min(longest, end); n > 0; n--) {
            if (phrases.containsKey(tokens.subList(end - n, end))) return n;
        }
        return 0;
    }

    String get(List<String> phrase) {
        return phrases.get(phrase);
    }
}
