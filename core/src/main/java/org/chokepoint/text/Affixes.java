package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Word endings (or beginnings) grouped by their last (or first) letter, each group in the order given. A word is then
 * tried only against the affixes it could carry: "vostochnyy" against the five adjective endings in "y", not all
 * forty-six. The normaliser tries such lists on every word of every name, and most words carry none of them, so the
 * letter settles most words at once. The answer is the one the whole list in its order gives. Immutable, thread-safe.
 *
 * @param <T> what each affix stands for (the affix itself, or a row it belongs to)
 */
final class Affixes<T> {
    private final List<List<T>> byLetter;
    private final boolean last;

    private Affixes(List<T> items, Function<T, String> affix, boolean last) {
        List<List<T>> groups = new ArrayList<>(128);
        for (int c = 0; c < 128; c++) groups.add(new ArrayList<>());
        for (T item : items) {
            String a = affix.apply(item);
            char c = a.isEmpty() ? 0 : a.charAt(last ? a.length() - 1 : 0);
            // An empty affix, or one that ends in a letter beyond ASCII, would fit words of any letter: tokens are ASCII.
            if (a.isEmpty() || c >= 128) throw new IllegalArgumentException("affix not an ASCII word: '" + a + "'");
            groups.get(c).add(item);
        }
        this.byLetter = groups.stream().map(List::copyOf).toList();
        this.last = last;
    }

    /** Endings grouped by their last letter; each must be non-empty ASCII. */
    static <T> Affixes<T> endings(List<T> items, Function<T, String> ending) {
        return new Affixes<>(items, ending, true);
    }

    /** Beginnings grouped by their first letter; each must be non-empty ASCII. */
    static <T> Affixes<T> beginnings(List<T> items, Function<T, String> beginning) {
        return new Affixes<>(items, beginning, false);
    }

    /** The affixes whose last (first) letter is the word's, in the order given; empty for an empty word. */
    List<T> candidates(String word) {
        if (word.isEmpty()) return List.of();
        char c = word.charAt(last ? word.length() - 1 : 0);
        return c < 128 ? byLetter.get(c) : List.of();
    }
}
