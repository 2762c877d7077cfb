package org.chokepoint.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One-word legal forms found with one typing error: "TAERIO LIMITDE", "TURIRA COMPACY", "INTELLEXA LIMITOD". Left in the
 * name, the mistyped form is a rare word, weighs as much as the firm's own name, and the name misses its listed entry.
 *
 * <p>Only forms of {@value #MIN_LETTERS} letters or more ("limited", "company", "corporation", "establishment"): one edit
 * from such a word reaches no other word a name is made of, where one edit turns "ltd", "corp" or "gmbh" into a name
 * or an acronym. The caller asks only about the last word of a name, where such forms stand, with a name word before
 * it. Immutable once built by its loader; thread-safe for reading.
 */
final class MistypedWords {
    /** Forms shorter than this are never found mistyped. */
    static final int MIN_LETTERS = 7;

    private final Map<String, String> forms = new LinkedHashMap<>();
    /** The forms' words and values in the map's order, in arrays: every last word of a name is tried against them. */
    private String[] words = new String[0], values = new String[0];

    /** Adds a one-word form (shorter ones are ignored); the first value for a word wins. */
    void put(String word, String value) {
        if (word.length() < MIN_LETTERS || forms.putIfAbsent(word, value) != null) return;
        words = java.util.Arrays.copyOf(words, words.length + 1);
        values = java.util.Arrays.copyOf(values, values.length + 1);
        words[words.length - 1] = word;
        values[values.length - 1] = value;
    }

    /** The value of the form that {@code typed} is one edit from, or null (also for a form written exactly). */
    String get(String typed) {
        if (typed.length() < MIN_LETTERS - 1 || forms.containsKey(typed)) return null;
        char t0 = typed.charAt(0), t1 = typed.charAt(1);
        for (int i = 0; i < words.length; i++) {
            String form = words[i];
            if (Math.abs(form.length() - typed.length()) > 1) continue;
            // One edit leaves the first letters alike unless it is at the start: then the second letters are alike
            // (replaced), or one word's first is the other's second (added, dropped, swapped).
            char f0 = form.charAt(0), f1 = form.charAt(1);
            if (t0 != f0 && t1 != f1 && t0 != f1 && t1 != f0) continue;
            if (MistypedPhrases.oneEdit(typed, form)) return values[i];
        }
        return null;
    }
}
