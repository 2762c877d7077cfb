package org.chokepoint.screening;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link VesselPrefix#startsWithShipType}'s check before its pattern settles no name otherwise than the pattern does. */
class VesselPrefixTest {
    @Test
    void agreesWithThePatternOnRandomNames() {
        // Spaces of every kind, the letters of the abbreviations in both cases, dots, slashes and letters of other scripts.
        String alphabet = " \t\n\u000B\f\r\u00A0\u2003mMvVtTsSkK./-aéМм";
        Random r = new Random(24);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(8); n > 0; n--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String name = b.toString();
            boolean expected = VesselPrefix.SHIP_TYPE.matcher(name).matches();
            assertThat(VesselPrefix.startsWithShipType(name)).as("'%s'", name).isEqualTo(expected);
            if (expected) matched++;
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void readsTheAbbreviationsAsWritten() {
        assertThat(VesselPrefix.startsWithShipType("MV SUNNY")).isTrue();
        assertThat(VesselPrefix.startsWithShipType("  m/t Altair")).isTrue();
        assertThat(VesselPrefix.startsWithShipType("M.S. Karin")).isTrue();
        assertThat(VesselPrefix.startsWithShipType("Marine Star")).isFalse();
        assertThat(VesselPrefix.startsWithShipType("ООО Ромашка")).isFalse();
        assertThat(VesselPrefix.startsWithShipType("")).isFalse();
        assertThat(VesselPrefix.startsWithShipType(null)).isFalse();
    }
}
