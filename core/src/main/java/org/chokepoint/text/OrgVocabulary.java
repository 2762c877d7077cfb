package org.chokepoint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Translates the words organisation names are made of into one English word each, because lists
 * translate some names and transliterate others: "Nauchno-proizvodstvennoe obyedinenie" and
 * "Scientific Production Association" both become "science production association"; "zavod",
 * "factory", "工厂" and "kombinat" become "plant". Compounds are split by a
 * {@link CompoundSplitter}. Words it does not know pass unchanged. The result is an extra variant
 * for comparison; it never replaces a name's own tokens. Entries come from
 * {@code org-vocabulary.tsv} in any script and are normalised by the same chain as names, so one
 * Cyrillic entry covers every romanisation. Immutable and thread-safe.
 */
final class OrgVocabulary {
    private final PhraseMap phrases = new PhraseMap();
    private final CompoundSplitter compounds;
    /** Every one-word equivalent with the English word(s) it translates to. */
    private final Map<String, String> words;

    private OrgVocabulary(Map<String, String> words) {
        this.compounds = CompoundSplitter.load(words);
        this.words = Map.copyOf(words);
    }

    /**
     * The given English words and every one-word equivalent of them, in every reading: "plant" gives "plant",
     * "factory", "zavod", "kombinat"...
     */
    java.util.Set<String> equivalents(java.util.Set<String> english) {
        java.util.Set<String> out = new java.util.HashSet<>(english);
        words.forEach((word, translation) -> {
            for (String t : translation.split(" ")) if (english.contains(t)) out.add(word);
        });
        return java.util.Set.copyOf(out);
    }

    /** The rows of {@code org-vocabulary.tsv}: the English word(s), then equivalents separated by "|". */
    static List<VocabularyEntry> entries() {
        List<VocabularyEntry> out = new ArrayList<>();
        for (String[] row : DataFile.rows("org-vocabulary.tsv")) {
            if (row.length != 2) throw new IllegalStateException("org-vocabulary.tsv: expected 2 columns: " + String.join(" ", row));
            out.add(new VocabularyEntry(row[0], DataFile.alternatives(row[1])));
        }
        return out;
    }

    /** The vocabulary of {@link #entries}, each equivalent in every reading the chain gives it. */
    static OrgVocabulary load(Function<String, List<List<String>>> readings) {
        Map<String, String> words = new HashMap<>();
        List<Map.Entry<List<String>, String>> entries = new ArrayList<>();
        for (VocabularyEntry row : entries()) {
            for (String equivalent : row.equivalents()) {
                for (List<String> phrase : readings.apply(equivalent)) {
                    entries.add(Map.entry(phrase, row.concept()));
                    if (phrase.size() == 1) words.putIfAbsent(phrase.getFirst(), row.concept());
                }
            }
        }
        OrgVocabulary vocabulary = new OrgVocabulary(words);
        entries.forEach(e -> vocabulary.phrases.put(e.getKey(), e.getValue()));
        return vocabulary;
    }

    /** Whether a word (a normalised token) is one of the vocabulary's words in some language. */
    boolean knows(String word) {
        return words.containsKey(word);
    }

    /** The tokens with known words and compounds translated; equal to {@code tokens} when none are. */
    List<String> translate(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); ) {
            int n = phrases.longestAt(tokens, i);
            if (n > 0) {
                out.addAll(List.of(phrases.get(tokens.subList(i, i + n)).split(" ")));
                i += n;
                continue;
            }
            List<String> parts = compounds.split(tokens.get(i));
            if (parts == null) out.add(tokens.get(i));
            else out.addAll(parts);
            i++;
        }
        return out;
    }
}
