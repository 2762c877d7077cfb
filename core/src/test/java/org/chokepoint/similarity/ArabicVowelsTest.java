package org.chokepoint.similarity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicVowelsTest {
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        // Persian e and o for Arabic i and u; ḍ and ẓ as z; doubled consonants; diphthongs.
        "rida, reza", "reda, reza", "muhsin, mohsen", "husayn, hossein", "husain, hosein", "hussein, husayn",
        "murtada, morteza", "kadhimi, kazemi", "nasir, nasser", "abbas, abas", "sayyid, seyed",
        "mohamed, muhammad", "fatemeh, fatima", "zadeh, zade", "uthman, usman",
        // A first letter that romanisations write otherwise (spelling6): Arabic u as o, ق as q, k or gh.
        "omar, umar", "uthman, osman", "usama, osama", "qasem, kassem", "qasim, ghasem", "qadir, kadir",
    })
    void oneNameInTwoRomanisations(String a, String b) {
        assertThat(ArabicVowels.sameName(a, b)).isTrue();
        assertThat(ArabicVowels.sameName(b, a)).isTrue();
        // With the skeletons made once per word, as a caller comparing one word with many passes them: the same.
        assertThat(ArabicVowels.sameName(a, b, ArabicVowels.skeletonOf(a), ArabicVowels.skeletonOf(b))).isTrue();
        assertThat(TokenSimilarity.of(a, b)).isGreaterThanOrEqualTo(TokenSimilarity.ARABIC_VOWELS)
                .isEqualTo(TokenSimilarity.of(a, b, null, null, TokenSimilarity.vowelSkeleton(a), TokenSimilarity.vowelSkeleton(b)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        // Another Arabic vowel is another name; other consonants; a first letter of another sound (i/e, g/k, o/a); equal
        // words: no.
        "hassan, husayn", "hamid, hamad", "nasir, nasr", "yousif, yusuf", "karim, kazem", "rida, rif",
        "reza, reza", "samir, samar", "ahmad, ahmadi", "niip, niipp", "kemal, kamel", "jose, jesse", "alpha, alfa",
        "ivan, evan", "gasan, kasan", "omar, amar", "umar, uman",
    })
    void notTakenAsOneName(String a, String b) {
        assertThat(ArabicVowels.sameName(a, b)).isFalse();
        assertThat(ArabicVowels.sameName(b, a)).isFalse();
        assertThat(ArabicVowels.sameName(a, b, ArabicVowels.skeletonOf(a), ArabicVowels.skeletonOf(b))).isFalse();
    }

    /** The table of initial classes says what the classes themselves say, for every pair of letters (and beyond ASCII). */
    @Test
    void alikeInitialsAsTheClassesSay() {
        for (char x = 0; x < 300; x++) {
            for (char y = 0; y < 300; y++) {
                boolean expected = x == y;
                for (String c : ArabicVowels.INITIAL_CLASSES) expected |= c.indexOf(x) >= 0 && c.indexOf(y) >= 0;
                assertThat(ArabicVowels.alikeInitials(x, y)).as("%s / %s", (int) x, (int) y).isEqualTo(expected);
            }
        }
    }
}
