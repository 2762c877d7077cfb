package org.chokepoint.trade.goods;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Classification with the shipped CHPL and no nomenclature: the pure logic, no files. */
class GoodsClassifierTest {
    private final GoodsClassifier classifier = GoodsClassifier.standard(HsNomenclature.empty());

    @Test
    void theShippedListHasFiftyCodesInSixTiers() {
        Chpl chpl = Chpl.standard();
        assertThat(chpl.size()).isEqualTo(50);
        Map<ChplTier, Integer> perTier = new EnumMap<>(ChplTier.class);
        for (ChplItem i : chpl.items()) perTier.merge(i.tier(), 1, Integer::sum);
        assertThat(perTier).containsExactly(Map.entry(ChplTier.TIER_1, 4), Map.entry(ChplTier.TIER_2, 5), Map.entry(ChplTier.TIER_3A, 16),
                Map.entry(ChplTier.TIER_3B, 9), Map.entry(ChplTier.TIER_4A, 11), Map.entry(ChplTier.TIER_4B, 5));
        assertThat(chpl.items()).allSatisfy(i -> assertThat(i.description()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // code,        hs6,    tier, category
            "8542310000,    854231, 1,    CHPL",
            "85423290,      854232, 1,    CHPL",
            "853224,        853224, 2,    CHPL",
            "8548000000,    854800, 2,    CHPL",
            "8541600000,    854160, 3.A,  CHPL",
            "8807300000,    880730, 3.B,  AIRCRAFT_PARTS",
            "9013100000,    901310, 3.B,  CHPL",
            "8486200000,    848620, 4.A,  CHPL",
            "8457101000,    845710, 4.B,  CHPL",
            "8466930000,    846693, 4.B,  CHPL",
            "8806210000,    880621, ,     UAV",
            "8807100000,    880710, ,     AIRCRAFT_PARTS",
            "9306300000,    930630, ,     ARMS_AND_MUNITIONS",
            "930190,        930190, ,     ARMS_AND_MUNITIONS",
            "8542900000,    854290, ,     NONE",
            "6403990000,    640399, ,     NONE",
    })
    void classifies(String code, String hs6, String tier, ConcernCategory category) {
        GoodsClass g = classifier.classify(code);
        assertThat(g.code()).isEqualTo(code);
        assertThat(g.hs6()).isEqualTo(hs6);
        assertThat(g.chplTier()).isEqualTo(ChplTier.of(tier));
        assertThat(g.category()).isEqualTo(category);
        assertThat(g.ofConcern()).isEqualTo(category != ConcernCategory.NONE);
    }

    @Test
    void theExplanationSaysEachFact() {
        GoodsClass g = classifier.classify("8807300000");
        assertThat(g.explanation()).containsExactly(
                "HS-6 subheading 8807.30: the first six digits of the 10-digit national code 8807300000.",
                "On the Common High Priority List, Tier 3.B (bearings, aircraft and drone parts, optics and navigation instruments): CHPL February 2024 (50 HS-6 codes).",
                "Of concern: parts of aircraft and of unmanned aircraft (HS heading 8807).");
        // Without the nomenclature, the CHPL's own description stands in.
        assertThat(g.description()).startsWith("Aircraft and spacecraft; parts of aeroplanes, helicopters or unmanned aircraft");
        assertThat(classifier.classify("640399").description()).isNull();
        assertThat(classifier.classify("640399").explanation()).containsExactly("HS-6 subheading 6403.99.", "Not on the Common High Priority List (CHPL February 2024 (50 HS-6 codes)).");
    }

    @Test
    void codesAreSixToTenDigits() {
        assertThatThrownBy(() -> classifier.classify("8542")).hasMessageContaining("4 digits, it must have 6 to 10");
        assertThatThrownBy(() -> classifier.classify("8542.31")).hasMessageContaining("without dots");
        assertThat(HsCode.parseLenient(" 8542.31.00 ").digits()).isEqualTo("85423100");
        assertThat(HsCode.dotted("854231")).isEqualTo("8542.31");
    }

    @Test
    void tiersReadInTheirUsualSpellings() {
        assertThat(ChplTier.of("3.A")).isEqualTo(ChplTier.TIER_3A);
        assertThat(ChplTier.of("Tier 4B")).isEqualTo(ChplTier.TIER_4B);
        assertThat(ChplTier.of("1")).isEqualTo(ChplTier.TIER_1);
        assertThat(ChplTier.of("5")).isNull();
    }
}
