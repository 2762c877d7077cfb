package org.chokepoint.country;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitiesTest {
    @Test
    void citiesAreKnownInTheirUsualSpellings() {
        assertThat(Cities.isCity("Shenzhen")).isTrue();
        assertThat(Cities.isCity("SHENZHEN")).isTrue();
        assertThat(Cities.isCity(" St. Petersburg ")).isTrue();
        assertThat(Cities.isCity("Dusseldorf")).isTrue();
        assertThat(Cities.isCity("Düsseldorf")).isTrue();
        assertThat(Cities.isCity("Hong Kong")).isTrue();
        assertThat(Cities.isCity("Москва")).isTrue();
    }

    @Test
    void namesThatAreNoCityAreNot() {
        assertThat(Cities.isCity("KKBC")).isFalse();
        assertThat(Cities.isCity("SGM-MOST OOO")).isFalse();
        assertThat(Cities.isCity("Shenzhen Juhang")).isFalse();
        assertThat(Cities.isCity("")).isFalse();
        assertThat(Cities.isCity(null)).isFalse();
    }

    @Test
    void citiesOfSeveralWordsAreMarkedWordByWord() {
        assertThat(Cities.isCityWords(java.util.List.of("nizhny", "novgorod"))).isTrue();
        assertThat(Cities.isCityWords(java.util.List.<String>of())).isFalse();
        assertThat(Cities.cityWords(java.util.List.of("nizhny", "novgorod", "instrument", "plant")))
                .containsExactly(true, true, false, false);
        assertThat(Cities.cityWords(java.util.List.of("volga", "shenzhen", "trading"))).containsExactly(false, true, false);
        assertThat(Cities.cityWords(java.util.List.of())).isEmpty();
    }

    @Test
    void seatsAreTheCitiesOfTheFirmsOwnCountry() {
        assertThat(Cities.countries()).contains("CN", "AE", "RU", "TR", "HK");
        assertThat(Cities.seatWords(java.util.List.of("shenzhen", "huaqiang", "electronics"), "CN")).containsExactly(true, false, false);
        assertThat(Cities.seatWords(java.util.List.of("huaqiang", "sankt", "peterburg"), "RU")).containsExactly(false, true, true);
        assertThat(Cities.seatWords(java.util.List.of("falcon", "trading", "abu", "dhabi"), "AE")).containsExactly(false, false, true, true);
        assertThat(Cities.seatWords(java.util.List.of("moskva", "huaqiang"), "CN")).as("Moscow is no seat of a Chinese firm").isNull();
        assertThat(Cities.seatWords(java.util.List.of("huaqiang", "electronics"), "CN")).isNull();
        assertThat(Cities.seatWords(java.util.List.of("dubai"), null)).isNull();
        assertThat(Cities.seatWords(java.util.List.of("dubai"), "ZZ")).isNull();
    }
}
