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
    void anAdjacentSwapIsTwoNeighboursTheOtherWayRound() {
        assertThat(Levenshtein.adjacentSwap("comapny", "company")).isTrue();
        assertThat(Levenshtein.adjacentSwap("ba", "ab")).isTrue();
        assertThat(Levenshtein.adjacentSwap("company", "company")).isFalse();
        assertThat(Levenshtein.adjacentSwap("leodin", "leonid")).as("three letters reversed").isFalse();
        assertThat(Levenshtein.adjacentSwap("comapnyx", "company")).isFalse();
        assertThat(Levenshtein.adjacentSwap("a", "a")).isFalse();
    }
}
