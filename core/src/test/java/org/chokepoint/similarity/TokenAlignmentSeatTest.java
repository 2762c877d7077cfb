package org.chokepoint.similarity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A seat city named on one side only weighs as a generic word ({@link TokenAlignment#ADDED_SEAT}); two cities keep theirs. */
class TokenAlignmentSeatTest {
    private static TokenAlignment align(List<String> a, List<String> b, boolean[] seatsA, boolean[] seatsB) {
        double[] wa = new double[a.size()], wb = new double[b.size()];
        java.util.Arrays.fill(wa, 1.0);
        java.util.Arrays.fill(wb, 1.0);
        double[] sims = new double[a.size() * b.size()];
        for (int i = 0; i < a.size(); i++) for (int j = 0; j < b.size(); j++) sims[i * b.size() + j] = TokenAlignment.SIMILARITY.of(a.get(i), b.get(j));
        return TokenAlignment.align(a, b, wa, wb, sims, true, seatsA, seatsB);
    }

    @Test
    void aCityAddedOnOneSideWeighsLittle() {
        List<String> q = List.of("tianjin", "korvelun"), l = List.of("korvelun");
        TokenAlignment plain = align(q, l, null, null);
        TokenAlignment seated = align(q, l, new boolean[] {true, false}, null);
        assertThat(seated.score()).isGreaterThan(plain.score()).isGreaterThan(0.95).isLessThan(1.0);
        assertThat(seated.seats()).containsExactly("tianjin");
        // Symmetric: the listed side's city likewise.
        assertThat(align(l, q, null, new boolean[] {true, false}).score()).isCloseTo(seated.score(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void twoNamesThatDifferByTheirCityKeepBothCities() {
        List<String> a = List.of("tula", "korvanit"), b = List.of("kazan", "korvanit");
        TokenAlignment seated = align(a, b, new boolean[] {true, false}, new boolean[] {true, false});
        assertThat(seated.score()).isEqualTo(align(a, b, null, null).score());
        assertThat(seated.seats()).isEmpty();
    }

    @Test
    void aCityPairedWithAWordThatIsNoCityIsACityOfItsOwn() {
        // "tianjin" is like "tianyi" (no city), so the query names a seat the listed name does not: "dalian" is not excused.
        List<String> a = List.of("tianjin", "korvelun"), b = List.of("tianyi", "korvelun", "dalian");
        TokenAlignment seated = align(a, b, new boolean[] {true, false}, new boolean[] {false, false, true});
        assertThat(seated.score()).isEqualTo(align(a, b, null, null).score());
    }

    @Test
    void aCityIsNotExcusedWhereItIsTheNameOrWhereAnotherWordTakesItsPlace() {
        // "kazan design bureau" / "design bureau": only descriptive words agree besides the city, which names the firm.
        List<String> a = List.of("kazan", "design", "bureau"), b = List.of("design", "bureau");
        double[] sims = new double[6];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 2; j++) sims[i * 2 + j] = a.get(i).equals(b.get(j)) ? 1.0 : 0.0;
        double[] wa = {1.0, 0.2, 0.2}, wb = {0.2, 0.2};
        assertThat(TokenAlignment.align(a, b, wa, wb, sims, false, new boolean[] {true, false, false}, null).score())
                .isEqualTo(TokenAlignment.align(a, b, wa, wb, sims, false, null, null).score());
        // "tula korvel" / "votkinsk korvel": a word of the other name (a town the gazetteer lacks) stands in the city's place.
        List<String> c = List.of("tula", "korvel"), d = List.of("votkinsk", "korvel");
        assertThat(align(c, d, new boolean[] {true, false}, null).score()).isEqualTo(align(c, d, null, null).score());
    }

    @Test
    void theNamingThresholdIsTheDescriptiveWordsCap() {
        assertThat(TokenAlignment.NAMING).isEqualTo(org.chokepoint.text.TokenWeights.DESCRIPTIVE);
    }

    @Test
    void seatsNeverLowerTheScore() {
        Random random = new Random(14);
        List<String> words = List.of("korvel", "korvol", "telvor", "tianjin", "moskva", "a", "k", "plant", "ningbo");
        for (int round = 0; round < 5_000; round++) {
            List<String> a = pick(words, random), b = pick(words, random);
            boolean[] sa = marks(a), sb = marks(b);
            assertThat(align(a, b, sa, sb).score()).as(a + " / " + b).isGreaterThanOrEqualTo(align(a, b, null, null).score());
            assertThat(align(a, b, sa, sb).score()).as("symmetric " + a + " / " + b)
                    .isCloseTo(align(b, a, sb, sa).score(), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    private static List<String> pick(List<String> words, Random random) {
        int n = 1 + random.nextInt(4);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) out.add(words.get(random.nextInt(words.size())));
        return out;
    }

    private static boolean[] marks(List<String> words) {
        boolean[] out = new boolean[words.size()];
        for (int i = 0; i < out.length; i++) out[i] = List.of("tianjin", "moskva", "ningbo").contains(words.get(i));
        return out;
    }
}
