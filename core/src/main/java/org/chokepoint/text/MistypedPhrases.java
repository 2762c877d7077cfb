package org.chokepoint.text;

import org.chokepoint.similarity.Levenshtein;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of two words or more (legal forms: "limited liability company", "joint stock company") found with one typing
 * error in one of their long words: "limited liability cumpany", "closed joint stock commpany", "public joint stock
 * comapny". A declaration typed by hand carries such errors; left in the name, the form's words count as name words
 * and meet every listed name that carries the form in words ("... (Limited Liability Company)").
 *
 * <p>Only where the phrase is plausible: every other word of the phrase is written exactly, the mistyped word is one
 * edit (a letter added, dropped, replaced, or two neighbours swapped) from a word of {@value #MIN_WORD} letters or more,
 * and is not itself a word of a phrase (so "joint stock company" never reads a different form word as a typo). One-word
 * phrases are never matched this way: alone, "compamy" could be a name. Immutable once built by its loader;
 * thread-safe for reading.
 */
final class MistypedPhrases {
    /** Form words shorter than this are never taken as mistyped: one edit turns a short word into another word. */
    static final int MIN_WORD = 5;

    /** Phrases by their words with the word at one position replaced by {@link #GAP}, with that position's word. */
    private final Map<List<String>, List<Entry>> byGap = new HashMap<>();
    /** Every word of every phrase: a word of the phrase is never a mistyped other word of it. */
    private final java.util.Set<String> words = new java.util.HashSet<>();
    private int longest;
    private static final String GAP = "\u0000";

    private record Entry(String word, String value) {}

    /** Adds a phrase of two words or more (shorter ones are ignored); the first value for a phrase wins. */
    void put(List<String> phrase, String value) {
        if (phrase.size() < 2) return;
        words.addAll(phrase);
        longest = Math.max(longest, phrase.size());
        for (int p = 0; p < phrase.size(); p++) {
            if (phrase.get(p).length() < MIN_WORD) continue;
            List<String> key = new ArrayList<>(phrase);
            key.set(p, GAP);
            byGap.computeIfAbsent(List.copyOf(key), k -> new ArrayList<>()).add(new Entry(phrase.get(p), value));
        }
    }

    /** A phrase found with one mistyped word: its length in tokens and its value. */
    record Found(int length, String value) {}

    /** The longest phrase starting at {@code from} with one mistyped word, or null. */
    Found longestAt(List<String> tokens, int from) {
        for (int n = Math.min(longest, tokens.size() - from); n >= 2; n--) {
            String v = match(tokens.subList(from, from + n));
            if (v != null) return new Found(n, v);
        }
        return null;
    }

    /** The longest phrase ending just before {@code end} with one mistyped word, or null. */
    Found longestEndingAt(List<String> tokens, int end) {
        for (int n = Math.min(longest, end); n >= 2; n--) {
            String v = match(tokens.subList(end - n, end));
            if (v != null) return new Found(n, v);
        }
        return null;
    }

    private String match(List<String> candidate) {
        // Every word but one must be a form word: most names are settled here without building a key.
        int strangers = 0;
        for (String t : candidate) if (!words.contains(t) && ++strangers > 1) return null;
        if (strangers == 0) return null;
        List<String> key = new ArrayList<>(candidate);
        for (int p = 0; p < candidate.size(); p++) {
            String typed = candidate.get(p);
            if (typed.length() < MIN_WORD - 1 || words.contains(typed)) continue;
            key.set(p, GAP);
            List<Entry> entries = byGap.get(key);
            key.set(p, typed);
            if (entries == null) continue;
            for (Entry e : entries) if (oneEdit(typed, e.word())) return e.value();
        }
        return null;
    }

    /** Whether two different words are one edit apart: a letter added, dropped or replaced, or two neighbours swapped. */
    static boolean oneEdit(String a, String b) {
        return Levenshtein.oneEditApart(a, b) || Levenshtein.adjacentSwap(a, b);
    }
}
