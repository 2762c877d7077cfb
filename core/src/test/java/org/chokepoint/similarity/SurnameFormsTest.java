package org.chokepoint.similarity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SurnameFormsTest {
    @ParameterizedTest(name = "{0} / {1}: kin")
    @CsvSource({
            "stepanov, stepanova", "kovalev, kovaleva", "rudensky, rudenskaya", "rudenskiy, rudenskaia", "yarovoy, yarovaya",
            "kowalski, kowalska", "borisova, borisovna", "vasilyeva, vasilyevna", "moroz, morozov", "belous, belousov",
            "roman, romanov", "antonov, antonovskii", "koval, kovalenko"})
    void twoFormsOfOneSurnameAreKin(String a, String b) {
        assertThat(SurnameForms.kin(a, b)).isTrue();
        assertThat(SurnameForms.kin(b, a)).as("symmetric").isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}: not kin")
    @CsvSource({
            "stepanov, stepanov", "stepanova, stepanova", "timofeeva, timofeyeva", "rudensky, rudenskiy", "yarovaya, yarovaia",
            "ivanov, petrov", "ivan, ivanov", "nikolayevich, nikolaevich", "borisovich, borisovna", "hossein, hussein"})
    void spellingsOfOneFormOrOtherNamesAreNot(String a, String b) {
        assertThat(SurnameForms.kin(a, b)).isFalse();
        assertThat(SurnameForms.kin(b, a)).isFalse();
    }

    @ParameterizedTest(name = "{0}: surname {1}")
    @CsvSource({"kuznetsov, true", "yakovleva, true", "ilyushin, true", "kovalenko, true", "gazprombank, false", "zvezdoprom, false",
            "sukhoi, false", "ov, false"})
    void aSurnameIsReadByItsEnding(String word, boolean surname) {
        assertThat(SurnameForms.surname(word)).isEqualTo(surname);
    }

    @ParameterizedTest(name = "kin credit {0} is below the hit threshold")
    @CsvSource({"0.8"})
    void kinIsBelowTheThreshold(double threshold) {
        assertThat(SurnameForms.KIN).isLessThan(threshold);
    }
}
