package org.chokepoint.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MistypedPhrasesTest {
    @ParameterizedTest
    @CsvSource({
        "company, cumpany, true", "company, compnay, true", "company, cmpany, true", "company, commpany, true",
        "company, comapny, true", "company, company, false", "company, copmany, true", "company, ompany, true",
        "company, cumpnay, false", "company, comp, false", "limited, limtied, true", "limited, limitted, true",
    })
    void oneEditIsOneLetterAddedDroppedReplacedOrTwoNeighboursSwapped(String form, String typed, boolean expected) {
        assertThat(MistypedPhrases.oneEdit(form, typed)).isEqualTo(expected);
        assertThat(MistypedPhrases.oneEdit(typed, form)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "limited liability cumpany x, 3", "limited liabilty company x, 3", "limited liability company x, 0",
        "limited liabalty cumpany x, 0", "x limited liability cumpany, 0", "limited liability, 0",
    })
    void aPhraseIsFoundAtTheStartWithOneMistypedLongWord(String text, int expected) {
        MistypedPhrases phrases = new MistypedPhrases();
        phrases.put(List.of("limited", "liability", "company"), "LLC");
        phrases.put(List.of("company"), "COMPANY");
        MistypedPhrases.Found found = phrases.longestAt(List.of(text.split(" ")), 0);
        assertThat(found == null ? 0 : found.length()).isEqualTo(expected);
    }
}
