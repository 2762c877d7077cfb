package org.chokepoint.network.resolve;

import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.VocabularyEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A name's words as concepts, one English word or phrase each: core's organisation vocabulary ({@code
 * org-vocabulary.tsv}, the equivalences screening translates by: "zavod", "工厂" and "factory" are "plant") and
 * {@code resolve-concepts.tsv} (acronyms of Russian kinds of organisation, "TD" for "trading house"; words of Chinese
 * firm names the vocabulary lacks, "精密" for "precision"). Phrases are replaced longest first; a word that is two or
 * three known words written together ("jingmijixie") is split into their concepts. Words it does not know pass
 * unchanged. Immutable and thread-safe once built.
 */
final class Concepts {
    /** Longest phrase read, in words. */
    private static final int MAX_PHRASE = 4;
    private static final Map<NameNormalizer, Concepts> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    /** Phrase (words joined by a space) to its concept words. */
    private final Map<String, List<String>> phrases = new HashMap<>();

    private Concepts() {}

    /** The concepts read through this normaliser, built once per normaliser. */
    static Concepts of(NameNormalizer normalizer) {
        return BUILT.computeIfAbsent(normalizer, Concepts::load);
    }

    private static Concepts load(NameNormalizer normalizer) {
        Concepts out = new Concepts();
        // Resolution's own entries first: where both know a word, the acronym or phrase written for resolution wins.
        out.read(ownEntries(), normalizer);
        out.read(NameNormalizer.vocabularyEntries(), normalizer);
        // A concept's words in their own concepts: "military industrial corporation" (VPK) says "industry", as the
        // vocabulary reads "industrial" in the English name beside it.
        out.phrases.replaceAll((phrase, concept) -> {
            List<String> words = new ArrayList<>();
            for (String w : concept) {
                List<String> c = out.phrases.get(w);
                words.addAll(c == null ? List.of(w) : c);
            }
            return List.copyOf(words);
        });
        return out;
    }

    private void read(List<VocabularyEntry> entries, NameNormalizer normalizer) {
        for (VocabularyEntry e : entries) {
            List<String> concept = List.of(e.concept().split(" +"));
            add(String.join(" ", concept), concept);
            for (String equivalent : e.equivalents()) {
                for (List<String> reading : normalizer.normalize(equivalent).tokenLists()) {
                    if (!reading.isEmpty() && reading.size() <= MAX_PHRASE) add(String.join(" ", reading), concept);
                }
            }
        }
    }

    /** {@code resolve-concepts.tsv}, in the vocabulary's format: the concept, a tab, its equivalents separated by "|". */
    private static List<VocabularyEntry> ownEntries() {
        String resource = "resolve-concepts.tsv";
        try (InputStream in = Concepts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the class path");
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<VocabularyEntry> out = new ArrayList<>();
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2) throw new IllegalStateException(resource + " line " + (n + 1) + ": expected the concept, a tab and its equivalents");
                List<String> equivalents = new ArrayList<>();
                for (String equivalent : f[1].split("\\|")) if (!equivalent.isBlank()) equivalents.add(equivalent.strip());
                out.add(new VocabularyEntry(f[0].strip(), equivalents));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private void add(String phrase, List<String> concept) {
        phrases.putIfAbsent(phrase, concept);
    }

    /** The words with every known phrase and compound replaced by its concept; the same list when nothing is known. */
    List<String> of(List<String> words) {
        return of(words, false);
    }

    /**
     * The words with acronyms alone spelt out ("td" as "trading house"), every other word as written: a name whose
     * other side romanises a word the vocabulary knows in a way it does not ("Severnyy" / "Severnii") still meets it.
     */
    List<String> expanded(List<String> words) {
        return of(words, true);
    }

    private List<String> of(List<String> words, boolean acronymsOnly) {
        List<String> out = null;
        for (int i = 0; i < words.size(); ) {
            int found = 0;
            List<String> concept = null;
            for (int k = Math.min(MAX_PHRASE, words.size() - i); k >= 1 && concept == null; k--) {
                concept = phrases.get(k == 1 ? words.get(i) : String.join(" ", words.subList(i, i + k)));
                if (concept != null) found = k;
            }
            if (acronymsOnly && concept != null && concept.size() <= found) concept = null;
            if (concept == null && !acronymsOnly) {
                List<String> parts = split(words.get(i));
                if (parts != null) {
                    concept = parts;
                    found = 1;
                }
            }
            if (concept != null && !(found == concept.size() && concept.equals(words.subList(i, i + found)))) {
                if (out == null) out = new ArrayList<>(words.subList(0, i));
                out.addAll(concept);
            } else if (out != null) {
                out.addAll(words.subList(i, i + Math.max(found, 1)));
            }
            i += Math.max(found, 1);
        }
        return out == null ? words : List.copyOf(out);
    }

    /** Parts of a compound are this long at least: shorter ones (acronyms, "gaz") would cut ordinary words. */
    private static final int MIN_PART = 4;

    /** The concepts of a word written as two or three known words together ("jingmijixie"), or null. */
    private List<String> split(String word) {
        if (word.length() < 2 * MIN_PART) return null;
        for (int cut = MIN_PART; cut <= word.length() - MIN_PART; cut++) {
            List<String> head = phrases.get(word.substring(0, cut));
            if (head == null) continue;
            String rest = word.substring(cut);
            List<String> tail = phrases.get(rest);
            if (tail == null && rest.length() >= 2 * MIN_PART) {
                for (int c2 = MIN_PART; c2 <= rest.length() - MIN_PART && tail == null; c2++) {
                    List<String> x = phrases.get(rest.substring(0, c2)), y = phrases.get(rest.substring(c2));
                    if (x != null && y != null) {
                        tail = new ArrayList<>(x);
                        tail.addAll(y);
                    }
                }
            }
            if (tail != null) {
                List<String> out = new ArrayList<>(head);
                out.addAll(tail);
                return out;
            }
        }
        return null;
    }
}
