package org.chokepoint.identifier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CheckDigitsTest {

    @ParameterizedTest(name = "INN {0} valid={1}")
    @CsvSource({
        "7702070139, true",    // VTB Bank (OFAC remarks)
        "7804552300, true",    // SMT-iLogic
        "7702070138, false",   // last digit altered
        "500100732259, true",  // a 12-digit individual INN
        "500100732258, false",
        "77020701, false",     // wrong length
        "77020701AB, false",
    })
    void inn(String value, boolean valid) {
        assertThat(CheckDigits.validInn(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "OGRN {0} valid={1}")
    @CsvSource({
        "1027739609391, true",   // VTB Bank
        "1157847407156, true",   // SMT-iLogic
        "1027739609392, false",
        "304500116000157, true", // a 15-digit OGRNIP
        "304500116000158, false",
        "9855920, false",        // the Turkish "Registration Number" OFAC also prints
    })
    void ogrn(String value, boolean valid) {
        assertThat(CheckDigits.validOgrn(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "IMO {0} valid={1}")
    @CsvSource({"9253325, true", "9074729, true", "9253326, false", "925332, false"})
    void imo(String value, boolean valid) {
        assertThat(CheckDigits.validImo(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "OKPO {0} valid={1}")
    @CsvSource({"00032520, true", "00032521, false"})
    void okpo(String value, boolean valid) {
        assertThat(CheckDigits.validOkpo(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "LEI {0} valid={1}")
    @CsvSource({"253400V1H6ART1UQ0N98, true", "253400V1H6ART1UQ0N99, false", "253400V1H6ART1UQ0N9, false"})
    void lei(String value, boolean valid) {
        assertThat(CheckDigits.validLei(value)).isEqualTo(valid);
    }
}
