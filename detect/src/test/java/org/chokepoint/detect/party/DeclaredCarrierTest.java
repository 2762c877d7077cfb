package org.chokepoint.detect.party;

import org.chokepoint.detect.watchlist.ListedHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeclaredCarrierTest {
    private static ListedHit hit(String matched) {
        return new ListedHit("test:1", "Test list", matched, matched, 0.88, "test");
    }

    @ParameterizedTest(name = "{0} carried as {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MAHAN AIR                          | MAHAN AIR                          | true
            Mahan Air                          | MAHAN AIR                          | true
            IRAN AIR                           | IRAN AIR                           | true
            JSC Siberia Airlines               | SIBERIA AIRLINES                   | true
            Korean Air Cargo                   | AIR FREIGHT LTD                    | false
            Turkish Cargo                      | Russian Cargo Oy                   | false
            Air Astana                         | IRAN AIR                           | false
            Ningbo Express                     | IRAQ EXPRESS                       | false
            Turkish Airlines                   | JSC Rossiya Airlines               | false
            Uzbekistan Airways                 | Syrian Airways                     | false
            Rossiya Airlines                   | JSC Rossiya Airlines               | true
            Tehran Air                         | IRAN AIR                           | true
            """)
    void aCarrierIsTheListedOneOnlyWhenTheNamesAgreeWordForWord(String carrier, String matched, boolean same) {
        assertThat(DeclaredCarrier.named(carrier, hit(matched))).isEqualTo(same);
    }

    @Test
    void noCarrierIsNone() {
        assertThat(DeclaredCarrier.named(null, hit("MAHAN AIR"))).isFalse();
        assertThat(DeclaredCarrier.named(" ", hit("MAHAN AIR"))).isFalse();
        assertThat(DeclaredCarrier.named("Mahan Air", null)).isFalse();
    }
}
