package org.chokepoint.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The industry vocabulary and the Russian adjective endings read from a stem (OrgVocabulary). */
class IndustryVocabularyTest {
    private static final NameNormalizer CHAIN = NameNormalizer.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Tipografiya Korvelan; printing korvelan",
            "Printing House Korvelan; printing korvelan",
            "Setevaya Kompaniya Korvelan; grid company korvelan",
            "Special Construction Bureau Talvira; special design bureau talvira",
            // One Cyrillic adjective in the file gives every ending lists romanise it with.
            "Mashinostroitelnyy Institut; machine building institute",
            "Mashinostroitelniy Institut; machine building institute",
            "Mashinostroitelny Institut; machine building institute",
            "Mashinostroitelnogo Zavoda; machine building plant",
            "Sudostroitelnaya Verf; shipbuilding shipyard",
            "Motorostroitelnoye Obedinenie; engine building association",
            "Радиоэлектронных систем; radio electronics system",
    })
    void translatesIndustryWordsInAnyEnding(String name, String translated) {
        assertThat(String.join(" ", CHAIN.normalize(name).translated())).isEqualTo(translated);
    }

    @Test
    void aStemTooShortOrUnknownTranslatesNothing() {
        // "nov" (новый) is no stem of the vocabulary; a surname on a stem of it is left alone too.
        assertThat(CHAIN.normalize("Novyi Gorod").translated()).isEmpty();
        assertThat(CHAIN.normalize("Anna Teplova").translated()).isEmpty();
    }

    @Test
    void anAdjectiveOfADescriptiveWordIsDescriptiveInAnyEnding() {
        assertThat(CHAIN.descriptive("proizvodstvennogo")).isTrue();
        assertThat(CHAIN.descriptive("nauchnyy")).isTrue();
        assertThat(CHAIN.descriptive("mashinostroitelnogo")).isFalse(); // a field, not a kind of organisation
    }

    @Test
    void industryWordsSpellNoRussianAcronym() {
        // A foreign firm's name made of an industry word and a form is no Russian organisation's initials.
        assertThat(CHAIN.normalize("Kelvant Semiconductor Corporation").acronyms()).noneMatch(a -> a.contains("kpk"));
    }

    @Test
    void vocabularyWordsInEnglishAreVocabularyWords() {
        assertThat(CHAIN.vocabularyWord("building")).isTrue();
        assertThat(CHAIN.vocabularyWord("mashinostroitelnogo")).isTrue();
        assertThat(CHAIN.vocabularyWord("korvelan")).isFalse();
    }
}
