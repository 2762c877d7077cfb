package org.chokepoint.screening;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CountryBits} never rules out a country that is among an entity's countries, rules out most that are not, and gives
 * the same answer once its bits are filled.
 */
class CountryBitsTest {
    private static String code(Random r) {
        return "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    }

    @Test
    void neverRulesOutAListedCountryAndRulesOutMostOthers() {
        Random r = new Random(24);
        int entities = 5_000, others = 0, ruledOut = 0;
        List<List<String>> countries = new ArrayList<>();
        for (int e = 0; e < entities; e++) {
            List<String> cs = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) cs.add(code(r));
            countries.add(List.copyOf(cs));
        }
        CountryBits bits = new CountryBits(entities);
        for (int round = 0; round < 2; round++) { // the second round reads the bits filled by the first
            for (int e = 0; e < entities; e++) {
                List<String> cs = countries.get(e);
                for (String c : cs) assertThat(bits.mayInclude(e, cs, c)).as("%s in %s", c, cs).isTrue();
                for (int i = 0; i < 20; i++) {
                    String c = code(r);
                    if (cs.contains(c)) continue;
                    others++;
                    if (!bits.mayInclude(e, cs, c)) ruledOut++;
                }
                assertThat(bits.mayInclude(e, cs, null)).isFalse();
            }
        }
        // At most three codes set of 31 bits: nine in ten others ruled out.
        assertThat(ruledOut).isGreaterThan(others * 8 / 10);
    }

    @Test
    void anEntityWithoutCountriesIncludesNone() {
        CountryBits bits = new CountryBits(1);
        assertThat(bits.mayInclude(0, List.of(), "RU")).isFalse();
        assertThat(bits.mayInclude(0, List.of(), "RU")).isFalse();
    }
}
