package org.chokepoint.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSimilarityTest {
    @Test
    void twoAdjectivesOfOnePlaceMatchAsAnAdjective() {
        assertThat(TokenSimilarity.of("dolgoprudny", "dolgoprudnenskii")).isEqualTo(TokenSimilarity.ADJECTIVE);
        assertThat(TokenSimilarity.of("dolgoprudnenskii", "dolgoprudny")).isEqualTo(TokenSimilarity.ADJECTIVE);
        assertThat(TokenSimilarity.of("ramensky", "ramenskoye")).isGreaterThanOrEqualTo(TokenSimilarity.ADJECTIVE);
    }

    @Test
    void aCloserSpellingBeatsTheAdjectiveRule() {
        // One inserted i is a transliteration variant, closer than two adjectives of one place.
        assertThat(TokenSimilarity.of("yaroslavsky", "yaroslavskiy")).isGreaterThan(TokenSimilarity.ADJECTIVE);
    }

    @Test
    void endingsThatAreNoAdjectiveEndingsDoNotMakeOnePlace() {
        assertThat(TokenSimilarity.of("novomoskovsky", "novomoskovia")).isZero();
        // The shared stem must have six letters: "kazan" and "kazino" are other words.
        assertThat(TokenSimilarity.of("kazany", "kazino")).isZero();
    }

    @Test
    void anEnglishPluralIsTheSameWord() {
        assertThat(TokenSimilarity.of("missile", "missiles")).isGreaterThan(TokenSimilarity.CUTOFF);
        assertThat(TokenSimilarity.of("rockets", "rocket")).isGreaterThan(TokenSimilarity.CUTOFF);
        // Below five letters an extra s makes another word.
        assertThat(TokenSimilarity.of("tech", "techs")).isZero();
    }

    @Test
    void anEnglishWordAndItsIngFormAreOneWord() {
        assertThat(TokenSimilarity.of("bank", "banking")).isEqualTo(TokenSimilarity.ADJECTIVE);
        assertThat(TokenSimilarity.of("trading", "trade")).isEqualTo(TokenSimilarity.ADJECTIVE);
        assertThat(TokenSimilarity.of("engineer", "engineering")).isEqualTo(TokenSimilarity.ADJECTIVE);
        // Three letters are too few to carry a stem ("kin"/"king"), and another stem is another word.
        assertThat(TokenSimilarity.of("kin", "king")).isZero();
        assertThat(TokenSimilarity.of("band", "banking")).isZero();
        assertThat(TokenSimilarity.of("tradi", "trading")).isZero();
    }

    @Test
    void aSharedSurnameEndingIsNoEvidence() {
        assertThat(TokenSimilarity.sharedSurnameEnding("kravchenko", "kharchenko")).isEqualTo(6);
        assertThat(TokenSimilarity.sharedSurnameEnding("ivanov", "petrov")).isZero();
        assertThat(TokenSimilarity.of("kravchenko", "kharchenko")).as("krav/khar: two edits in four letters").isZero();
        assertThat(TokenSimilarity.of("kravchenko", "kravchenko")).isEqualTo(1.0);
        assertThat(TokenSimilarity.of("kravchenko", "kravchnko")).as("a letter dropped in the ending itself").isPositive();
        assertThat(TokenSimilarity.of("leoindovich", "leonidovich")).as("two neighbours swapped count one edit").isPositive();
        assertThat(Levenshtein.adjacentSwap("leoind", "leonid")).isTrue();
        assertThat(Levenshtein.adjacentSwap("krav", "khar")).isFalse();
    }
}
