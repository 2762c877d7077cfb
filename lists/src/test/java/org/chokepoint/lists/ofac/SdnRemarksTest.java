package org.chokepoint.lists.ofac;

import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SdnRemarksTest {
    @Test
    void typesRussianNumbersOnlyWhenTheCheckDigitHolds() {
        var p = SdnRemarks.parse("Tax ID No. 7702070139 (Russia); Registration Number 9855920 (Turkey); Registration ID 1027739609391 (Russia).");
        assertThat(p.identifiers()).extracting(Identifier::type, Identifier::value, Identifier::country).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentifierType.INN, "7702070139", "RU"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.REGISTRATION, "9855920", "TR"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.OGRN, "1027739609391", "RU"));
    }

    @Test
    void aTaxNumberFailingTheInnCheckStaysAGenericTaxNumber() {
        var p = SdnRemarks.parse("Tax ID No. 7702070138 (Russia)");
        assertThat(p.identifiers()).singleElement().extracting(Identifier::type).isEqualTo(IdentifierType.TAX);
    }

    @Test
    void vesselImoAndAliasesAndNationality() {
        var p = SdnRemarks.parse("Vessel Registration Identification IMO 9253325; a.k.a. 'GOLD SUN'; f.k.a. 'CERAM SEA'; nationality Iran; alt. Passport A123 (Iran).");
        assertThat(p.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentifierType.IMO, "9253325"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.PASSPORT, "A123"));
        assertThat(p.identifiers().get(0).valid()).isTrue();
        assertThat(p.aliases()).containsExactly(new SdnRemarks.Alias("GOLD SUN", NameKind.AKA), new SdnRemarks.Alias("CERAM SEA", NameKind.FKA));
        assertThat(p.countries()).containsExactly("IR");
    }

    @Test
    void textWithoutKnownLabelsYieldsNothing() {
        var p = SdnRemarks.parse("Website www.example.com; Organization Established Date 27 Nov 2015.");
        assertThat(p.identifiers()).isEmpty();
        assertThat(p.aliases()).isEmpty();
        assertThat(SdnRemarks.parse(null).identifiers()).isEmpty();
    }

    @Test
    void overlapJoinsTruncatedRemarks() {
        assertThat(Overlap.join("a.k.a. 'WHOIS HACKIN", "G TEAM'")).isEqualTo("a.k.a. 'WHOIS HACKING TEAM'");
        assertThat(Overlap.join("Registration Number 1027700067328 (Russia).", "67328 (Russia).")).isEqualTo("Registration Number 1027700067328 (Russia).");
        assertThat(Overlap.join("abc; Listing Date (EO 14024 Directive 3)", "Listing Date (EO 14024 Directive 3): 24 Feb")).isEqualTo("abc; Listing Date (EO 14024 Directive 3): 24 Feb");
    }
}
