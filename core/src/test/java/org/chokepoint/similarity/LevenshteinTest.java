package org.chokepoint.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevenshteinTest {
    @Test
    void oneEditIsOneLetterAddedDroppedOrReplaced() {
        assertThat(Levenshtein.oneEditApart("company", "cumpany")).isTrue();
        assertThat(Levenshtein.oneEditApart("company", "compny")).isTrue();
        assertThat(Levenshtein.oneEditApart("compny", "company")).isTrue();
        assertThat(Levenshtein.oneEditApart("company", "companyy")).isTrue();
        assertThat(Levenshtein.oneEditApart("company", "company")).as("the same word").isFalse();
        assertThat(Levenshtein.oneEditApart("company", "comapny")).as("a swap is two edits").isFalse();
        assertThat(Levenshtein.oneEditApart("krav", "khar")).isFalse();
        for (String[] p : new String[][] {{"company", "cumpany"}, {"ab", "abc"}, {"trade", "trader"}, {"x", "y"}}) {
            assertThat(Levenshtein.oneEditApart(p[0], p[1])).isEqualTo(Levenshtein.distance(p[0], p[1]) == 1);
        }
    }

    @Test
    void theDistanceAtMostAFewEditsIsTheDistanceUpToThemAndOneMoreBeyond() {
        assertThat(Levenshtein.distanceAtMost("kravchenko", "kharchenko", 2)).isEqualTo(2);
        assertThat(Levenshtein.distanceAtMost("kravchenko", "kharchenko", 1)).isEqualTo(2);
        assertThat(Levenshtein.distanceAtMost("", "abc", 5)).isEqualTo(3);
        assertThat(Levenshtein.distanceAtMost("abc", "abc", 0)).isEqualTo(0);
        // Random words over a few letters (so that they share prefixes, suffixes and runs), against the whole table.
        java.util.Random r = new java.util.Random(19);
        for (int t = 0; t < 200_000; t++) {
            String a = randomWord(r), b = r.nextInt(4) == 0 ? mutated(randomWord(r), r) : mutated(a, r);
            int max = r.nextInt(6), full = Levenshtein.distance(a, b);
            assertThat(Levenshtein.distanceAtMost(a, b, max)).as(a + " / " + b + " at most " + max).isEqualTo(Math.min(full, max + 1));
        }
    }

    private static String randomWord(java.util.Random r) {
        StringBuilder w = new StringBuilder();
        for (int i = r.nextInt(16); i > 0; i--) w.append("abcs".charAt(r.nextInt(4)));
        return w.toString();
    }

    /** The word with a few random letters replaced, added or dropped. */
    private static String mutated(String word, java.util.Random r) {
        StringBuilder w = new StringBuilder(word);
        for (int e = r.nextInt(5); e > 0; e--) {
            int op = r.nextInt(3), at = w.isEmpty() ? 0 : r.nextInt(w.length());
            if (op == 0 && !w.isEmpty()) w.setCharAt(at, "abcsz".charAt(r.nextInt(5)));
            else if (op == 1) w.insert(at, "abcsz".charAt(r.nextInt(5)));
            else if (!w.isEmpty()) w.deleteCharAt(at);
        }
        return w.toString();
    }

    @Test
    void anAdjacentSwapIsTwoNeighboursTheOtherWayRound() {
        assertThat(Levenshtein.adjacentSwap("comapny", "company")).isTrue();
        assertThat(Levenshtein.adjacentSwap("ba", "ab")).isTrue();
        assertThat(Levenshtein.adjacentSwap("company", "company")).isFalse();
        assertThat(Levenshtein.adjacentSwap("leodin", "leonid")).as("three letters reversed").isFalse();
        assertThat(Levenshtein.adjacentSwap("comapnyx", "company")).isFalse();
        assertThat(Levenshtein.adjacentSwap("a", "a")).isFalse();
    }
}
