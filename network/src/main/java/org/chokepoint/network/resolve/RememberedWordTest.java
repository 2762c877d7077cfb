package org.chokepoint.network.resolve;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A test of a word that walks a whole vocabulary (is it one typing error from a legal form, from a business word?),
 * remembered per word: the names of a run repeat their words pair after pair, and the test is a pure function of the
 * word, so remembering changes no answer. Bounded, so that a long-lived process does not keep every word it met: past
 * {@value #MAX_REMEMBERED} words, the others are tested each time. Thread-safe.
 */
final class RememberedWordTest {
    private static final int MAX_REMEMBERED = 200_000;
    private final Predicate<String> test;
    private final ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();

    RememberedWordTest(Predicate<String> test) {
        this.test = test;
    }

    boolean test(String word) {
        Boolean k = known.get(word);
        if (k != null) return k;
        boolean found = test.test(word);
        if (known.size() < MAX_REMEMBERED) known.put(word, found);
        return found;
    }
}
