package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenWeightsTest {
    @Test
    void rareTokensWeighMoreThanCommonOnes() {
        List<List<String>> corpus = new ArrayList<>();
        for (int i = 0; i < 1000; i++) corpus.add(List.of("name" + i, i % 2 == 0 ? "bank" : "fleet"));
        corpus.add(List.of("gidroagregat"));
        TokenWeights weights = TokenWeights.build(corpus);

        assertThat(weights.weight("gidroagregat")).isGreaterThan(weights.weight("bank"));
        assertThat(weights.weight("name7")).isGreaterThan(weights.weight("bank"));
        assertThat(weights.weight("unseen")).isEqualTo(1.0);
        assertThat(weights.weight(null)).isEqualTo(1.0);
    }

    @Test
    void weightsStayInTheUnitInterval() {
        TokenWeights weights = TokenWeights.build(List.of(List.of("a"), List.of("a"), List.of("a", "a")));
        assertThat(weights.weight("a")).isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(TokenWeights.build(List.of()).weight("a")).isEqualTo(1.0);
        assertThat(TokenWeights.build(null).weight("a")).isEqualTo(1.0);
    }

    @Test
    void genericWordsWeighLittleEvenWithoutACorpus() {
        TokenWeights weights = TokenWeights.genericOnly();
        assertThat(weights.weight("trading")).isLessThanOrEqualTo(TokenWeights.GENERIC);
        assertThat(weights.weight("international")).isLessThanOrEqualTo(TokenWeights.GENERIC);
        assertThat(weights.weight("technology")).isLessThanOrEqualTo(TokenWeights.GENERIC);
        assertThat(weights.weight("gidroagregat")).isEqualTo(1.0);
        assertThat(TokenWeights.isGeneric("maoyi")).isTrue();
    }

    @Test
    void descriptiveWordsWeighAtMostTheirCapWhateverTheCorpus() {
        List<List<String>> corpus = List.of(List.of("institute", "kvarts"), List.of("orion"), List.of("vega"));
        TokenWeights weights = TokenWeights.build(corpus, "institute"::equals);
        assertThat(weights.weight("institute")).isLessThanOrEqualTo(TokenWeights.DESCRIPTIVE);
        assertThat(weights.weight("kvarts")).isGreaterThan(TokenWeights.DESCRIPTIVE);
        // Without the predicate the same corpus weighs the word by its rarity alone.
        assertThat(TokenWeights.build(corpus).weight("institute")).isEqualTo(weights.weight("kvarts"));
    }
}
