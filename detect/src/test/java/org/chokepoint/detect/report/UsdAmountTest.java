package org.chokepoint.detect.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UsdAmountTest {
    @ParameterizedTest
    @CsvSource({"0,$0", "-5,$0", "NaN,$0", "Infinity,$0", "499.6,$500", "2500,$2.5k", "2000,$2k", "61300,$61k", "1240000,$1.2M",
            "35000000,$35M", "1500000000,$1.5B"})
    void compactAmounts(double usd, String expected) {
        assertThat(UsdAmount.compact(usd)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0,0,0%", "1,0,0%", "1,3,33%", "3,3,100%"})
    void shares(double part, double whole, String expected) {
        assertThat(UsdAmount.percent(part, whole)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "3,5", "12,20", "25000000,50000000", "0.7,1"})
    void gridStepsAreRound(double raw, double expected) {
        assertThat(SvgBarChart.niceStep(raw)).isEqualTo(expected);
    }
}
