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

    /**
     * The search over plain words, which stops at a run of words that begins no city, marks what the key of every run of
     * up to four words marks: on random names of city words, their pieces (a city split elsewhere: "nizhn", "ynovgorod"),
     * their letters doubled or cut, other words, empty words and words that are not their own key ("Dubai", "москва").
     */
    @Test
    void theSearchThatStopsEarlyMarksWhatEveryRunMarks() {
        java.util.Random r = new java.util.Random(20);
        java.util.List<String> pieces = new java.util.ArrayList<>(java.util.List.of("nizhny", "novgorod", "nizhnynovgorod", "ho", "chi", "minh", "city",
                "hochiminh", "st", "petersburg", "saint", "sankt", "shenzhen", "hong", "kong", "hongkong", "dubai", "new", "york", "abu", "dhabi",
                "plant", "trading", "volga", "", "1", "Dubai", "москва", "düsseldorf", "ab"));
        pieces.addAll(java.util.List.of("x", "moscow", "shanghai", "istanbul", "tashkent", "sao", "paulo", "kuala", "lumpur", "rostov", "na", "donu"));
        int marked = 0;
        for (int n = 0; n < 200_000; n++) {
            int size = r.nextInt(7);
            java.util.List<String> words = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                String w = pieces.get(r.nextInt(pieces.size()));
                if (!w.isEmpty() && r.nextInt(4) == 0) {
                    int cut = r.nextInt(w.length() + 1);
                    w = r.nextBoolean() ? w.substring(0, cut) : w.substring(cut);
                }
                words.add(w);
            }
            boolean[] expected = Cities.marksByKeys(words, null);
            assertThat(Cities.cityWords(words)).as(words.toString()).containsExactly(expected);
            for (boolean b : expected) if (b) { marked++; break; }
            for (String country : new String[] {"RU", "CN", "AE", "US", "XX"}) {
                boolean[] seats = Cities.seatWords(words, country);
                boolean[] byKeys = Cities.marksByKeys(words, country);
                assertThat(seats == null ? new boolean[words.size()] : seats).as(country + " " + words).containsExactly(byKeys);
            }
        }
        // The names did name cities, often.
        assertThat(marked).isGreaterThan(20_000);
    }
}
