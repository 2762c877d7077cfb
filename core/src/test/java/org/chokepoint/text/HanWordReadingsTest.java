package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HanWordReadingsTest {
    private static final HanWordReadings READINGS = HanWordReadings.load();

    @Test
    void placesTakeTheSpellingOfTheListsInSimplifiedAndTraditionalCharacters() {
        assertThat(READINGS.spelled("香港宏达电子")).isEqualTo(" hong kong 宏达电子");
        assertThat(READINGS.spelled("澳門宏達")).isEqualTo(" macau 宏達");
        assertThat(READINGS.spelled("哈尔滨宏达大学")).isEqualTo(" harbin 宏达大学");
        assertThat(READINGS.spelled("陕西宏达")).isEqualTo(" shaanxi 宏达");
    }

    @Test
    void aCharacterOfTwoReadingsIsReadAsInItsWord() {
        assertThat(READINGS.spelled("重庆宏达")).isEqualTo(" chongqing 宏达");
        assertThat(READINGS.spelled("宏达长沙")).isEqualTo("宏达 changsha ");
    }

    @Test
    void textWithoutAKnownWordIsTheSameString() {
        String text = "宏达电子";
        assertThat(READINGS.spelled(text)).isSameAs(text);
        assertThat(READINGS.spelled("")).isEmpty();
    }
}
