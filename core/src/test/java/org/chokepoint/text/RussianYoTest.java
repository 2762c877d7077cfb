package org.chokepoint.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RussianYoTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "polyot, polet",
            "fyodor, fedor",
            "semyonov, semenov",
            "semyon, semen",
            "artyom, artem",
            "khrushchyov, khrushchev",
            "pugachyova, pugacheva",
    })
    void readsYoAfterAConsonantAsE(String spelled, String bgn) {
        assertThat(RussianYo.asE(spelled)).isEqualTo(bgn);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({
            "international", // io is left alone: Polish and Italian spellings, "-ion"
            "piotrovsky",
            "pyongyang", // Korean syllables: -yong, and after k, g or h
            "kyongsong",
            "hyosung",
            "tokyo", // yo at the end
            "yolka", // at the start: no consonant before
            "polet", // nothing to read
            "lyon", // too short
    })
    void leavesOtherWordsAlone(String word) {
        assertThat(RussianYo.asE(word)).isNull();
    }

    @org.junit.jupiter.api.Test
    void theNormaliserAddsTheVariant() {
        NormalizedName n = NameNormalizer.standard().normalize("NPP POLYOT");
        assertThat(n.variants()).anySatisfy(v -> assertThat(v).contains("polet"));
    }
}
