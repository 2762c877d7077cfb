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

    private static String word(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) out.append((char) ('a' + random.nextInt(8)));
        return out.toString();
    }
}
