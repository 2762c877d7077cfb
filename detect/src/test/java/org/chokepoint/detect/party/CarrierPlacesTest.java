package org.chokepoint.detect.party;

import org.chokepoint.text.NameNormalizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierPlacesTest {
    private static CarrierPlaces.Places places(String name) {
        return CarrierPlaces.of(NameNormalizer.standard().normalize(name).tokens());
    }

    @Test
    void countriesAreReadFromNamesAdjectivesAndSeveralWords() {
        assertThat(places("Uzbekistan Airways").countries()).containsExactly("UZ");
        assertThat(places("Turkish Airlines").countries()).containsExactly("TR");
        assertThat(places("United Arab Emirates Air Cargo").countries()).containsExactly("AE");
        assertThat(places("Iranian Airways").countries()).containsExactly("IR");
        // A city state is in the table of cities: a place either way.
        assertThat(places("Hong Kong Air Cargo").isEmpty()).isFalse();
        assertThat(places("Air Astana").cities()).containsExactly("astana");
    }

    @Test
    void shortCodesThatAreWordsNameNoCountry() {
        // "can" and "com" are ISO 3166 alpha-3 codes (Canada, Comoros) and "in" an alpha-2 one: in a name they are words.
        assertThat(places("Can Do Air Com").isEmpty()).isTrue();
        assertThat(places("Fly In Cargo").isEmpty()).isTrue();
    }

    @Test
    void placesDifferOnlyWhenBothNameOneAndNoneAgrees() {
        assertThat(CarrierPlaces.differ(places("Air Astana"), places("IRAN AIR"))).isTrue();
        assertThat(CarrierPlaces.differ(places("Tehran Air"), places("IRAN AIR"))).isFalse();
        assertThat(CarrierPlaces.differ(places("Korean Air"), places("Air Koryo DPRK"))).isFalse();
        assertThat(CarrierPlaces.differ(places("Mahan Air"), places("IRAN AIR"))).isFalse();
        assertThat(CarrierPlaces.differ(places("Mahan Air"), places("MAHAN AIR"))).isFalse();
    }
}
