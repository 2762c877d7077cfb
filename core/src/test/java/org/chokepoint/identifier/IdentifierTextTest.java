package org.chokepoint.identifier;

import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IdentifierTextTest {

    @Test
    void typeWordsAndValues() {
        List<Identifier> ids = IdentifierText.parse("INN 7702070139; IMO 9253325");
        assertThat(ids).containsExactly(
                new Identifier(IdentifierType.INN, "7702070139", null, "INN", true),
                new Identifier(IdentifierType.IMO, "9253325", null, "IMO", true));
    }

    @Test
    void separatorsFillerWordsAndNoSpace() {
        assertThat(IdentifierText.parse("OGRN: 1027739609391").get(0))
                .isEqualTo(new Identifier(IdentifierType.OGRN, "1027739609391", null, "OGRN", true));
        assertThat(IdentifierText.parse("IMO9253325").get(0).type()).isEqualTo(IdentifierType.IMO);
        assertThat(IdentifierText.parse("inn:7702070139").get(0).value()).isEqualTo("7702070139");
        assertThat(IdentifierText.parse("passport No. AB 123-456").get(0))
                .isEqualTo(new Identifier(IdentifierType.PASSPORT, "AB123456", null, "passport", true));
        assertThat(IdentifierText.parse("okpo 07516170").get(0).type()).isEqualTo(IdentifierType.OKPO);
        assertThat(IdentifierText.parse("LEI 253400M18U5TB02TW421").get(0))
                .isEqualTo(new Identifier(IdentifierType.LEI, "253400M18U5TB02TW421", null, "LEI", true));
        assertThat(IdentifierText.parse("SWIFT/BIC - BOIMIRTH").get(0).type()).isEqualTo(IdentifierType.SWIFT);
    }

    @Test
    void aTypeWordIsKeptWhenTheCheckDigitFails() {
        Identifier id = IdentifierText.parse("INN 7702070138").get(0);
        assertThat(id.type()).isEqualTo(IdentifierType.INN);
        assertThat(id.valid()).isFalse();
    }

    @Test
    void genericWordsDeferToTheCheckDigits() {
        assertThat(IdentifierText.parse("Tax ID No. 7702070139").get(0))
                .isEqualTo(new Identifier(IdentifierType.INN, "7702070139", null, "Tax", true));
        assertThat(IdentifierText.parse("TIN 12345").get(0).type()).isEqualTo(IdentifierType.TAX);
        assertThat(IdentifierText.parse("registration 1027739609391").get(0).type()).isEqualTo(IdentifierType.OGRN);
    }

    @Test
    void bareValuesAreTypedByShape() {
        assertThat(IdentifierText.parse("7702070139").get(0).type()).isEqualTo(IdentifierType.INN);
        assertThat(IdentifierText.parse("1027739609391").get(0).type()).isEqualTo(IdentifierType.OGRN);
        Identifier other = IdentifierText.parse("X-12345").get(0);
        assertThat(other.type()).isEqualTo(IdentifierType.OTHER);
        assertThat(other.label()).isNull();
        // A word that merely starts like a type word is no type word.
        assertThat(IdentifierText.parse("innovation 5").get(0).type()).isEqualTo(IdentifierType.OTHER);
    }

    @Test
    void blankAndDuplicatesAndSpreadsheetApostrophe() {
        assertThat(IdentifierText.parse(null)).isEmpty();
        assertThat(IdentifierText.parse(" ; \n ")).isEmpty();
        assertThat(IdentifierText.parse("INN 7702070139;INN 7702070139")).hasSize(1);
        assertThat(IdentifierText.parse("passport '00754833").get(0).value()).isEqualTo("00754833");
    }

    @Test
    void recogniseReturnsNullForUnknownShapes() {
        assertThat(IdentifierText.recognise("616601001", null, null)).isNull();
        assertThat(IdentifierText.recognise("7702070138", null, null)).isNull();
        assertThat(IdentifierText.recognise("IMO 9253325", "LR", "x"))
                .isEqualTo(new Identifier(IdentifierType.IMO, "9253325", "LR", "x", true));
    }

    @Test
    void findPicksSelfIdentifyingNumbersOutOfFreeText() {
        List<Identifier> ids = IdentifierText.find(
                "Russia INN – 6167128827 Russia OGRN – 1156196039152 Russia KPP – 616601001", "RU", "brn");
        assertThat(ids).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.INN, "6167128827"),
                tuple(IdentifierType.OGRN, "1156196039152"));
        assertThat(IdentifierText.find("OGRN: 1027739143717INN: 7723022111", null, null)).hasSize(2);
        assertThat(IdentifierText.find("UK Company no. 06527449", null, null)).isEmpty();
        assertThat(IdentifierText.find("vessel IMO 9253325, ex-name", null, null).get(0).type()).isEqualTo(IdentifierType.IMO);
    }
}
