package org.chokepoint.screening;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Terms are found with their names whatever their length (trigrams go through a table of their own), and only they. */
class TermPostingsTest {
    @Test
    void everyTermIsFoundWithItsNamesAndNoOtherTermIs() {
        Random random = new Random(7);
        TermPostings.Builder builder = new TermPostings.Builder();
        List<List<String>> names = new ArrayList<>();
        for (int name = 0; name < 3_000; name++) {
            List<String> terms = new ArrayList<>();
            for (int t = 0; t < 6; t++) terms.add(word(random, 1 + random.nextInt(5)));
            terms.add("_" + (char) ('а' + random.nextInt(32)) + "_"); // Cyrillic and boundary marks
            names.add(terms.stream().distinct().toList());
            builder.add(name, names.getLast());
        }
        TermPostings postings = builder.build();
        for (int name = 0; name < names.size(); name++) {
            for (String term : names.get(name)) assertThat(postings.names(term)).as(term).contains(name);
        }
        List<String> absent = List.of("", "ABC", "zzzzzzzz", "q\u0000q", "\uFFFF\uFFFF\uFFFF");
        for (String term : absent) {
            assertThat(postings.names(term)).as(term).isEmpty();
            assertThat(postings.score(term, 1f)).isZero();
        }
        // A trigram's names are exactly the names that have it, ascending.
        String some = names.get(17).getLast(); // the boundary-marked trigram
        List<Integer> expected = new ArrayList<>();
        for (int name = 0; name < names.size(); name++) if (names.get(name).contains(some)) expected.add(name);
        assertThat(postings.names(some)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Names collected in blocks, each by a builder of its own, then joined in order, give the postings one builder gives
     * (every term's names, its score, the counts); so do trigrams collected by their packed characters.
     */
    @Test
    void blocksJoinedInOrderGiveWhatOneBuilderGives() {
        Random random = new Random(11);
        List<List<String>> words = new ArrayList<>();
        for (int name = 0; name < 5_000; name++) {
            List<String> w = new ArrayList<>();
            for (int t = 0, n = 1 + random.nextInt(4); t < n; t++) w.add(word(random, random.nextInt(7)) + (random.nextInt(9) == 0 ? "ё" : ""));
            words.add(w);
        }
        TermPostings.Builder one = new TermPostings.Builder();
        TermPostings.Builder oneGrams = new TermPostings.Builder();
        List<TermPostings.Builder> blocks = new ArrayList<>();
        List<TermPostings.TripleBuilder> gramBlocks = new ArrayList<>();
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        for (int name = 0; name < words.size(); name++) {
            if (name % 700 == 0) {
                blocks.add(new TermPostings.Builder());
                gramBlocks.add(new TermPostings.TripleBuilder());
            }
            one.add(name, new java.util.LinkedHashSet<>(words.get(name)));
            blocks.getLast().add(name, words.get(name)); // repeats added once
            java.util.Set<String> grams = new java.util.LinkedHashSet<>();
            for (String w : words.get(name)) {
                String p = "_" + w + "_";
                for (int i = 0; i + 3 <= p.length(); i++) grams.add(p.substring(i, i + 3));
                gramBlocks.getLast().addWord(name, w);
            }
            oneGrams.add(name, grams);
            terms.addAll(words.get(name));
            terms.addAll(grams);
        }
        TermPostings.Builder joined = blocks.getFirst();
        for (TermPostings.Builder b : blocks.subList(1, blocks.size())) joined.append(b);
        TermPostings.TripleBuilder joinedGrams = gramBlocks.getFirst();
        for (TermPostings.TripleBuilder b : gramBlocks.subList(1, gramBlocks.size())) joinedGrams.append(b);
        assertSame(one.build(), joined.build(), terms);
        assertSame(oneGrams.build(), joinedGrams.build(), terms);
    }

    private static void assertSame(TermPostings expected, TermPostings actual, java.util.Set<String> terms) {
        assertThat(actual.termCount()).isEqualTo(expected.termCount());
        assertThat(actual.docCount()).isEqualTo(expected.docCount());
        assertThat(actual.pairs()).isEqualTo(expected.pairs());
        for (String t : terms) {
            assertThat(actual.names(t)).as(t).containsExactly(expected.names(t));
            assertThat(actual.score(t, 1.5f)).as(t).isEqualTo(expected.score(t, 1.5f));
        }
    }

    private static String word(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) out.append((char) ('a' + random.nextInt(8)));
        return out.toString();
    }
}
