package org.chokepoint.network.resolve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One Cyrillic word in two romanisation schemes, and words that only look alike. */
class SchemeSpellingTest {
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "iug, yug", "jug, yug", "treid, treyd", "trejd, treyd", "altai, altaj", "kaspii, kaspiy", "kaspij, kaspii",
            "tzentr, tsentr", "centr, tsentr", "tekhno, tehno", "materialy, materiali", "rossiia, rossiya",
            "shchit, schit", "widis, vidis", "dzhalal, djalal", "stroimateriali, strojmaterialy"
    })
    void oneWordTwoSchemes(String x, String y) {
        assertThat(SchemeSpelling.same(x, y)).as("%s / %s", x, y).isTrue();
        assertThat(SchemeSpelling.same(y, x)).as("symmetric").isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"yug, yuk", "treid, trend", "centr, kentr", "tekhno, tekno", "altai, alta", "materialy, materialu", "iu, yu", "ural, oral"})
    void notOneWord(String x, String y) {
        assertThat(SchemeSpelling.same(x, y)).as("%s / %s", x, y).isFalse();
    }
}
