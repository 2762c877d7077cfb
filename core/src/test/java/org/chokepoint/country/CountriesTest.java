package org.chokepoint.country;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Russia|RU", "Russian Federation|RU", "RU|RU", "ru|RU", "Korea, North|KP", "Burma|MM", "Türkiye|TR", "Turkey|TR",
        "United Arab Emirates|AE", "Hong Kong|HK", "China|CN", "Iran|IR", "Kyrgyzstan|KG", "Germany|DE", "Cabo Verde|CV",
        "Democratic People's Republic of Korea|KP", "Syria|SY", "United Kingdom|GB",
        "Bosnia and Herzegovina|BA", "Myanmar|MM", "China, Hong Kong Special Administrative Region|HK", "United Kingdom of Great Britain and Northern Ireland|GB",
    })
    void listWordingMapsToIso2(String wording, String iso) {
        assertThat(Countries.toIso2(wording)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource({"Atlantis", "XX", "''"})
    void unknownWordingIsNull(String wording) {
        assertThat(Countries.toIso2(wording)).isNull();
    }
}
