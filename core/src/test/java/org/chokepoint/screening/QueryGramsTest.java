package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.RandomNames;
import org.chokepoint.text.TokenWeights;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query's packed trigrams ({@link QueryGrams}) are the trigrams, weights and order that the maps of strings gave:
 * within a form the first word's, across forms the highest weight, sorted by weight (stable), at most the limit.
 */
class QueryGramsTest {
    private static final NameNormalizer NORMALIZER = NameNormalizer.standard();

    /** The trigrams and weights as the index computed them with maps of strings, in clause order. */
    private static List<String> byMaps(List<NormalizedName> forms, TokenWeights weights, int max) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (NormalizedName f : forms) {
            ScreeningIndex.grams(f).forEach((g, word) -> merged.merge(g, word, (a, b) -> weights.weight(b) > weights.weight(a) ? b : a));
        }
        List<Map.Entry<String, Double>> grams = new ArrayList<>();
        for (Map.Entry<String, String> g : merged.entrySet()) grams.add(Map.entry(g.getKey(), weights.weight(g.getValue())));
        grams.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < grams.size() && i < max; i++) out.add(key(TermPostings.pack(grams.get(i).getKey().charAt(0), grams.get(i).getKey().charAt(1),
                grams.get(i).getKey().charAt(2)), grams.get(i).getValue()));
        return out;
    }

    private static List<String> packed(List<NormalizedName> forms, TokenWeights weights, int max, QueryGrams q) {
        int form = 0;
        for (NormalizedName f : forms) {
            for (ScorerV1.Spelling s : ScorerV1.spellings(f)) {
                if (s.acronym()) continue;
                for (String t : s.tokens()) q.addWord(t, weights.weight(t), form);
            }
            form++;
        }
        List<String> out = new ArrayList<>();
        for (int i : q.mostWeightyFirst(max)) out.add(key(q.gram(i), q.weight(i)));
        return out;
    }

    private static String key(long gram, double weight) {
        return Long.toHexString(gram) + "@" + weight;
    }

    @Test
    void packedTrigramsAreTheMapsTrigramsInTheSameOrder() {
        // Weights from a corpus of the filler names, so that words weigh differently and many trigrams share a weight.
        List<List<String>> corpus = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (Entity e : ScreeningFixtures.filler()) {
            listed.add(e.name());
            corpus.add(NORMALIZER.normalize(e.name()).tokens());
        }
        TokenWeights weights = TokenWeights.build(corpus, NORMALIZER::descriptive);
        RandomNames random = new RandomNames(7);
        Random pick = new Random(7);
        List<String> names = new ArrayList<>(List.of("", "a", "ab", "Gazprom Bank (GAZPROMBANK) (Gazprom Bank JSC)", "ООО Ромашка (OOO Romashka)",
                "aaa aaa aaaa", "Scientific and Production Enterprise \"Start\" named after A.I. Yaskin"));
        for (int i = 0; i < 400; i++) {
            String a = listed.get(pick.nextInt(listed.size())), b = listed.get(pick.nextInt(listed.size()));
            names.add(switch (i % 4) {
                case 0 -> random.next(60);
                case 1 -> a + " (" + b + ")";
                case 2 -> a + " " + random.next(12) + " (" + a.toLowerCase() + ") (" + random.next(20) + ")";
                default -> a;
            });
        }
        for (int i = 0; i < 20; i++) names.add(random.next(500) + " (" + random.next(500) + ")");
        Map<String, Integer> sizes = new HashMap<>();
        // One table emptied after each query, as retrieval reuses it, gives what a new one gives: grown by the long names
        // and emptied, it holds nothing of the names before.
        QueryGrams reused = new QueryGrams();
        for (String name : names) {
            List<NormalizedName> forms = NameParts.normalized(name, NORMALIZER);
            for (int max : new int[] {ScreeningIndex.MAX_QUERY_GRAMS, 5, 1000}) {
                List<String> expected = byMaps(forms, weights, max);
                List<String> got = packed(forms, weights, max, new QueryGrams());
                assertThat(packed(forms, weights, max, reused)).as(name).isEqualTo(got);
                reused.clear();
                assertThat(reused.size()).isZero();
                if (!got.equals(expected)) {
                    int d = 0;
                    while (d < Math.min(got.size(), expected.size()) && got.get(d).equals(expected.get(d))) d++;
                    throw new AssertionError("name #" + names.indexOf(name) + " (" + forms.size() + " forms) at most " + max + ": first difference at " + d + " of " + expected.size()
                            + "/" + got.size() + ": expected " + (d < expected.size() ? expected.get(d) : "-") + " got " + (d < got.size() ? got.get(d) : "-"));
                }
                if (max == 1000) sizes.merge(forms.size() > 1 ? "several forms" : "one form", expected.size(), Integer::sum);
            }
        }
        // The names did exercise several forms and many trigrams (grown tables).
        assertThat(sizes.get("several forms")).isGreaterThan(1000);
    }

    /** A trigram is kept even when common when any word of the query added so has it. */
    @Test
    void trigramsOfWordsThatKeepThemAreMarked() {
        QueryGrams q = new QueryGrams();
        q.addWord("izhevsk", 1.0, 0, false);
        q.addWord("skan", 1.0, 0, true);
        q.addWord("kanal", 0.5, 1, true);
        Map<Long, Boolean> marks = new HashMap<>();
        for (int i = 0; i < q.size(); i++) marks.put(q.gram(i), q.keepsCommon(i));
        assertThat(marks.get(TermPostings.pack('_', 's', 'k'))).isTrue(); // skan alone
        assertThat(marks.get(TermPostings.pack('s', 'k', '_'))).isFalse(); // izhevsk alone
        assertThat(marks.get(TermPostings.pack('e', 'v', 's'))).isFalse();
        assertThat(marks.get(TermPostings.pack('s', 'k', 'a'))).isTrue();
        assertThat(marks.get(TermPostings.pack('k', 'a', 'n'))).isTrue(); // both
        assertThat(marks.get(TermPostings.pack('n', 'a', 'l'))).isTrue(); // kanal, in another form
    }
}
