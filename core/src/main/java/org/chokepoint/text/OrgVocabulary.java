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
 * {@code org-vocabulary.tsv} and {@code industry-vocabulary.tsv} in any script and are normalised by the same chain
 * as names, so one Cyrillic entry covers every romanisation; a Russian adjective is known in every ending lists
 * romanise it with ("mashinostroitelnyy", "-nyi", "-ny", "-niy", "-noye", "-nogo"), from its stem. Immutable and
 * thread-safe.
 */
final class OrgVocabulary {
    private final PhraseMap phrases = new PhraseMap();
    private final CompoundSplitter compounds;
    /** Every one-word equivalent with the English word(s) it translates to. */
    private final Map<String, String> words;
    /**
     * The stems of the Russian adjectives among the equivalents, romanised ("mashinostroiteln" of
     * машиностроительный), with the English word(s) they translate to: a romanised adjective in any case, gender
     * and spelling of its ending ("-nyy", "-nyi", "-ny", "-niy", "-noye", "-noe", "-nogo", "-nykh") is the word.
     */
    private final Map<String, String> stems;

    /**
     * Russian adjective endings as lists romanise them, longest first: BGN/PCGN ("-yy", "-aya", "-oye"), the plain
     * and passport spellings ("-yi", "-ii", "-aia", "-oe"), and the spellings writers make up ("-iy", "-ny", "-ij").
     */
    private static final List<String> ADJECTIVE_ENDINGS = List.of(
            "yaya", "yeye", "yego", "yemu",
            "ykh", "ikh", "yye", "iye", "iie", "ogo", "ego", "omu", "emu", "oye", "eye", "aya", "aia", "aja", "uyu", "yyu", "ymi", "imi",
            "yy", "yi", "iy", "ii", "ij", "yj", "oy", "oi", "oj", "ye", "ie", "oe", "ee", "ym", "im", "om", "em", "yh", "ih", "yu", "ya", "ia",
            "y", "i");
    /** {@link #ADJECTIVE_ENDINGS} by last letter. */
    private static final Affixes<String> ADJECTIVE_BY_LAST = Affixes.endings(ADJECTIVE_ENDINGS, e -> e);
    /** Cyrillic adjective endings of the nominative, whose stem the vocabulary registers. */
    private static final List<String> CYRILLIC_ADJECTIVE = List.of("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие");
    /** A stem shorter than this ("nov" of новый) would meet too many words by chance. */
    private static final int MIN_STEM = 5;

    /** The words of the English translations ("machine", "building", "plant"): what the vocabulary translates to. */
    private final java.util.Set<String> english;

    private OrgVocabulary(Map<String, String> words, Map<String, String> stems) {
        this.compounds = CompoundSplitter.load(words);
        this.words = Map.copyOf(words);
        this.stems = Map.copyOf(stems);
        java.util.Set<String> english = new java.util.HashSet<>();
        for (String concept : words.values()) english.addAll(List.of(concept.split(" ")));
        for (String concept : stems.values()) english.addAll(List.of(concept.split(" ")));
        this.english = java.util.Set.copyOf(english);
    }

    /**
     * Whether a normalised token is a word of the vocabulary in some language, or a word of one of its English
     * translations ("building" of "machine building"): a word that says what an organisation is or does.
     */
    boolean vocabularyWord(String word) {
        return english.contains(word) || knows(word);
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
        return entries("org-vocabulary.tsv");
    }

    /**
     * The rows of {@code org-vocabulary.tsv}, then those of {@code industry-vocabulary.tsv} (industries, products and
     * fields, which translate but give no Russian acronym letters): the vocabulary this class translates with.
     */
    static List<VocabularyEntry> translationEntries() {
        List<VocabularyEntry> out = new ArrayList<>(entries());
        out.addAll(entries("industry-vocabulary.tsv"));
        return out;
    }

    private static List<VocabularyEntry> entries(String resource) {
        List<VocabularyEntry> out = new ArrayList<>();
        for (String[] row : DataFile.rows(resource)) {
            if (row.length != 2) throw new IllegalStateException(resource + ": expected 2 columns: " + String.join(" ", row));
            out.add(new VocabularyEntry(row[0], DataFile.alternatives(row[1])));
        }
        return out;
    }

    /** The vocabulary of {@link #entries}, each equivalent in every reading the chain gives it. */
    static OrgVocabulary load(Function<String, List<List<String>>> readings) {
        Map<String, String> words = new HashMap<>();
        Map<String, String> stems = new HashMap<>();
        List<Map.Entry<List<String>, String>> entries = new ArrayList<>();
        for (VocabularyEntry row : translationEntries()) {
            for (String equivalent : row.equivalents()) {
                for (List<String> phrase : readings.apply(equivalent)) {
                    entries.add(Map.entry(phrase, row.concept()));
                    if (phrase.size() == 1) words.putIfAbsent(phrase.getFirst(), row.concept());
                }
                String stem = cyrillicAdjectiveStem(equivalent);
                if (stem == null) continue;
                for (List<String> reading : readings.apply(stem)) {
                    if (reading.size() == 1 && reading.getFirst().length() >= MIN_STEM) stems.putIfAbsent(reading.getFirst(), row.concept());
                }
            }
        }
        OrgVocabulary vocabulary = new OrgVocabulary(words, stems);
        entries.forEach(e -> vocabulary.phrases.put(e.getKey(), e.getValue()));
        return vocabulary;
    }

    /** The stem of a one-word Cyrillic adjective in the nominative ("машиностроительн"), or null for anything else. */
    private static String cyrillicAdjectiveStem(String equivalent) {
        String word = equivalent.strip().toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty() || !word.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) return null;
        for (String ending : CYRILLIC_ADJECTIVE) {
            if (word.endsWith(ending)) return word.substring(0, word.length() - ending.length());
        }
        return null;
    }

    /** Whether a word (a normalised token) is one of the vocabulary's words in some language. */
    boolean knows(String word) {
        return concept(word) != null;
    }

    /**
     * The English word(s) a normalised token translates to ("zavod": plant), including a Russian adjective of the
     * vocabulary in any romanised ending ("mashinostroitelniy", "sudostroitelnogo"); null when it is none.
     */
    String concept(String word) {
        String concept = words.get(word);
        return concept != null ? concept : adjective(word);
    }

    /** The English word(s) of a romanised Russian adjective whose stem the vocabulary knows, or null. */
    private String adjective(String word) {
        for (String ending : ADJECTIVE_BY_LAST.candidates(word)) {
            if (word.length() - ending.length() < MIN_STEM || !word.endsWith(ending)) continue;
            String concept = stems.get(word.substring(0, word.length() - ending.length()));
            if (concept != null) return concept;
        }
        return null;
    }

    /** The tokens without words a compound among them abbreviates ({@link CompoundSplitter#withoutSpelledOut}), or null. */
    List<String> withoutSpelledOut(List<String> tokens) {
        return compounds.withoutSpelledOut(tokens);
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
            String adjective = adjective(tokens.get(i));
            if (adjective != null) {
                out.addAll(List.of(adjective.split(" ")));
                i++;
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
