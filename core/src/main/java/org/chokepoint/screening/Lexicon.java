package org.chokepoint.screening;

import org.chokepoint.similarity.TokenSimilarity;
import org.chokepoint.similarity.TransliterationKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every distinct word of the listed names' spellings, numbered, with its {@link TransliterationKey}
 * computed once at build: a query compares each of its words with hundreds of listed words, and numbers
 * let it remember those comparisons in arrays rather than string maps. Immutable after
 * {@link Builder#build()}; thread-safe.
 */
final class Lexicon {
    /** {@link #traits}: the word is empty; it is long enough to be compared by key. */
    static final int EMPTY = 1 << 6, KEYED = 1 << 13;
    /** {@link #traits}: the word is a word of some city's name ({@link org.chokepoint.country.Cities#isCityWord}). */
    static final int CITY = 1 << 14;
    /** {@link #traits}: the word {@link TokenSimilarity#writesSchemeLetters writes the "j and x" scheme's letters}. */
    static final int SCHEME_LETTERS = 1 << 15;
    /** {@link #traits}: where the length of the word's {@link #vowelSkeleton} is (8 bits; 0 for none). */
    static final int VOWELS_SHIFT = 16;

    private final String[] words;
    private final String[] keys;
    private final int[] traits;
    /**
     * By word number: {@link TokenSimilarity#vowelSkeleton}, which the similarity of a pair otherwise makes for both of
     * its words: a listed word is compared with the words of query after query.
     */
    private final String[] vowelSkeletons;

    /** Everything but the words and their keys is derived from them here, so that a lexicon read back gets it too. */
    private Lexicon(String[] words, String[] keys) {
        this.words = words;
        this.keys = keys;
        this.traits = new int[words.length];
        this.vowelSkeletons = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            vowelSkeletons[i] = TokenSimilarity.vowelSkeleton(w);
            traits[i] = (w.isEmpty() ? EMPTY : w.charAt(0) & 63) | (w.length() >= TransliterationKey.MIN_LENGTH ? KEYED : 0) | ((keys[i].hashCode() & 63) << 7)
                    | (Math.min(0xFF, vowelSkeletons[i].length()) << VOWELS_SHIFT) | (org.chokepoint.country.Cities.isCityWord(w) ? CITY : 0)
                    | (TokenSimilarity.writesSchemeLetters(w) ? SCHEME_LETTERS : 0);
        }
    }

    /** A lexicon of these words and their keys ({@code keys[i]} the key of {@code words[i]}), as an index kept on disk holds them. */
    static Lexicon of(String[] words, String[] keys) {
        if (words.length != keys.length) throw new IllegalArgumentException(words.length + " words but " + keys.length + " keys");
        return new Lexicon(words, keys);
    }

    /**
     * What a query's memo tests of a word before reading it, in one int (the word itself is an object elsewhere in
     * memory): its first letter folded onto 6 bits (bits 0–5), {@link #EMPTY}, its key's hash folded onto 6 bits
     * (bits 7–12), {@link #KEYED}, {@link #CITY}, {@link #SCHEME_LETTERS}, and the length of its {@link #vowelSkeleton} (bits 16–23, at most 255; 0 for none).
     */
    int traits(int id) {
        return traits[id];
    }

    /** The word numbered {@code id}, in [0, size). */
    String word(int id) {
        return words[id];
    }

    /** The word's transliteration key. */
    String key(int id) {
        return keys[id];
    }

    /** The word's {@link TokenSimilarity#vowelSkeleton}. */
    String vowelSkeleton(int id) {
        return vowelSkeletons[id];
    }

    int size() {
        return words.length;
    }

    /** Numbers words in the order they first come. Not thread-safe. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();

        int id(String word) {
            Integer id = ids.get(word);
            if (id == null) {
                id = words.size();
                ids.put(word, id);
                words.add(word);
            }
            return id;
        }

        Lexicon build() {
            String[] w = words.toArray(String[]::new);
            String[] k = new String[w.length];
            java.util.stream.IntStream.range(0, w.length).parallel().forEach(i -> k[i] = TransliterationKey.of(w[i]));
            return new Lexicon(w, k);
        }
    }
}
