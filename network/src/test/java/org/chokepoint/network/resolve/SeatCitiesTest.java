package org.chokepoint.network.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chokepoint.country.Cities;
import org.junit.jupiter.api.Test;

class SeatCitiesTest {
    @Test
    void everyCityOfTheTableIsACityOfCore() {
        assertThat(SeatCities.countries()).contains("CN", "AE", "RU", "TR", "HK");
        for (String country : SeatCities.countries()) {
            for (String city : SeatCities.spellings(country)) assertThat(Cities.isCity(city)).as("%s %s", country, city).isTrue();
        }
    }

    @Test
    void marksTheWordsOfACityOfTheCountryOnly() {
        assertThat(SeatCities.seats(List.of("shenzhen", "huaqiang", "electronics"), "CN")).containsExactly(true, false, false);
        assertThat(SeatCities.seats(List.of("huaqiang", "sankt", "peterburg"), "RU")).containsExactly(false, true, true);
        assertThat(SeatCities.seats(List.of("falcon", "trading", "abu", "dhabi"), "AE")).containsExactly(false, false, true, true);
        assertThat(SeatCities.seats(List.of("moskva", "huaqiang"), "CN")).as("Moscow is no seat of a Chinese firm").isNull();
        assertThat(SeatCities.seats(List.of("huaqiang", "electronics"), "CN")).isNull();
        assertThat(SeatCities.seats(List.of("dubai"), null)).isNull();
        assertThat(SeatCities.seats(List.of("dubai"), "ZZ")).isNull();
    }
}
