package org.chokepoint.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HanNumeralsTest {
    @Test
    void countingNumbersAndNumbersReadDigitByDigitAreBothRead() {
        assertThat(HanNumerals.value("十四")).isEqualTo(14);
        assertThat(HanNumerals.value("二十九")).isEqualTo(29);
        assertThat(HanNumerals.value("一百零八")).isEqualTo(108);
        assertThat(HanNumerals.value("十")).isEqualTo(10);
        assertThat(HanNumerals.value("七〇二")).isEqualTo(702);
        assertThat(HanNumerals.value("八一一")).isEqualTo(811);
        assertThat(HanNumerals.value("29")).isEqualTo(29);
    }

    @Test
    void anOrdinalAfterDiOrBeforeTheWordOfAnInstituteBecomesDigits() {
        assertThat(HanNumerals.asDigits("第十四研究所")).isEqualTo(" 14 研究所");
        assertThat(HanNumerals.asDigits("第29研究所")).isEqualTo(" 29 研究所");
        // The short form: 十四所 is the 14th (research) institute, 二院 the Second Academy.
        assertThat(HanNumerals.asDigits("电科十四所")).isEqualTo("电科 14 研究所");
        assertThat(HanNumerals.asDigits("科工二院")).isEqualTo("科工 2 研究院");
        assertThat(HanNumerals.asDigits("五〇一厂")).isEqualTo(" 501 工厂");
    }

    @Test
    void numeralsInsideWordsStayAsTheyAre() {
        assertThat(HanNumerals.asDigits("统一企业")).isEqualTo("统一企业");
        assertThat(HanNumerals.asDigits("三一重工")).isEqualTo("三一重工");
        assertThat(HanNumerals.asDigits("华为技术")).isEqualTo("华为技术");
    }
}
