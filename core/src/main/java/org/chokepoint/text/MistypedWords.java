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

    /** Adds a one-word form (shorter ones are ignored); the first value for a word wins. */
    void put(String word, String value) {
        if (word.length() >= MIN_LETTERS) forms.putIfAbsent(word, value);
    }

    /** The value of the form that {@code typed} is one edit from, or null (also for a form written exactly). */
    String get(String typed) {
        if (typed.length() < MIN_LETTERS - 1 || forms.containsKey(typed)) return null;
        for (Map.Entry<String, String> form : forms.entrySet()) {
            if (Math.abs(form.getKey().length() - typed.length()) <= 1 && MistypedPhrases.oneEdit(typed, form.getKey())) {
                return form.getValue();
            }
        }
        return null;
    }
}
