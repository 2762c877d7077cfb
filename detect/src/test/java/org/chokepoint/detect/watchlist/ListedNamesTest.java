package org.chokepoint.detect.watchlist;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.text.NameNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which declared names {@link ListedNames} takes as names of one list entry. */
class ListedNamesTest {
    private static final NameNormalizer NORMALIZER = NameNormalizer.standard();

    private static Entity entity(String id, Schema schema, String country, String... names) {
        String source = id.substring(0, id.indexOf(':'));
        Entity.Builder b = Entity.builder(source, id.substring(source.length() + 1)).list(source).schema(schema).country(country);
        b.name(names[0], NameKind.PRIMARY);
        for (int i = 1; i < names.length; i++) b.name(names[i], NameKind.AKA);
        return b.build();
    }

    /** The names as the screening index hands them on: each entity's, normalised by the standard normaliser. */
    private static ListedNames of(Entity... entities) {
        return ListedNames.of(each -> {
            for (Entity e : entities) for (var n : e.names()) each.accept(e, NORMALIZER.normalize(n.value()));
        }, NORMALIZER);
    }

    private static String entryOf(ListedNames names, String declared, String country) {
        return names.entryOf(NORMALIZER.normalize(declared), country);
    }

    private static final Entity ACOUSTICS = entity("ofac-sdn:100", Schema.ORGANIZATION, "RU", "SCIENTIFIC RESEARCH INSTITUTE OF APPLIED ACOUSTICS",
            "FEDERALNOE GOSUDARSTVENNOE UNITARNOE PREDPRIIATIE NAUCHNO-ISSLEDOVATELSKII INSTITUT PRIKLADNOI AKUSTIKI", "NII PRIKLADNOI AKUSTIKI");

    @Test
    void everyNameOfAnEntryNamesIt() {
        ListedNames names = of(ACOUSTICS);
        assertThat(entryOf(names, "Scientific Research Institute of Applied Acoustics JSC", "RU")).isEqualTo("ofac-sdn:100");
        // The legal form abbreviated is the same name (legal forms are no words of the name).
        assertThat(entryOf(names, "FGUP NAUCHNO-ISSLEDOVATELSKII INSTITUT PRIKLADNOI AKUSTIKI", "RU")).isEqualTo("ofac-sdn:100");
        // A name like a listed one is not one: a namesake's may be.
        assertThat(entryOf(names, "RESEARCH INSTITUTE OF APPLIED ACOUSTICS", "RU")).isNull();
        assertThat(entryOf(names, "АО «НИИ прикладной акустики»", "RU")).isEqualTo(entryOf(names, "NII PRIKLADNOI AKUSTIKI", "RU")).isEqualTo("ofac-sdn:100");
    }

    @Test
    void onlyInACountryOfTheEntryOrAnyWhenItGivesNone() {
        Entity noCountry = entity("ofac-sdn:101", Schema.ORGANIZATION, null, "KRONSHTADT TEKHNOLOGII", "KRONSHTADT TECHNOLOGIES GROUP");
        ListedNames names = of(ACOUSTICS, noCountry);
        assertThat(entryOf(names, "SCIENTIFIC RESEARCH INSTITUTE OF APPLIED ACOUSTICS", "KZ")).isNull();
        assertThat(entryOf(names, "KRONSHTADT TEKHNOLOGII LLC", "AE")).isEqualTo("ofac-sdn:101");
    }

    @Test
    void aNameTwoEntriesCarryNamesNeither() {
        Entity parent = entity("ofac-sdn:200", Schema.ORGANIZATION, "RU", "URALSKII OPTIKO MEKHANICHESKII ZAVOD", "UOMZ PRODUCTION ASSOCIATION");
        Entity other = entity("uk-sanctions:RUS9", Schema.ORGANIZATION, "RU", "UOMZ PRODUCTION ASSOCIATION", "SHVABE URALS");
        ListedNames names = of(parent, other);
        assertThat(entryOf(names, "UOMZ PRODUCTION ASSOCIATION", "RU")).isNull();
        assertThat(entryOf(names, "URALSKII OPTIKO MEKHANICHESKII ZAVOD", "RU")).isEqualTo("ofac-sdn:200");
    }

    @Test
    void copiesOfOneEntryOnOtherListsAreOneEntry() {
        // The same firm on the Consolidated Screening List (all its names, no stated kind) and on the UK list (one name
        // in common and its INN).
        Entity sdn = entity("ofac-sdn:300", Schema.ORGANIZATION, "RU", "URALVAGONZAVOD", "NPK URALVAGONZAVOD", "RESEARCH AND PRODUCTION CORPORATION URALVAGONZAVOD");
        Entity csl = entity("us-csl:abc", Schema.UNKNOWN, "RU", "URALVAGONZAVOD", "NPK URALVAGONZAVOD", "RESEARCH AND PRODUCTION CORPORATION URALVAGONZAVOD");
        Identifier inn = new Identifier(IdentifierType.INN, "6623029538", "RU", "INN", true);
        Entity ukWithInn = Entity.builder("uk-sanctions", "RUS241").list("UK").schema(Schema.ORGANIZATION).country("RU").identifier(inn)
                .name("AO NAUCHNO PROIZVODSTVENNAYA KORPORATSIYA URALVAGONZAVOD", NameKind.PRIMARY).name("URALVAGONZAVOD", NameKind.AKA).build();
        Entity sdnWithInn = Entity.builder("ofac-sdn", "300").list("SDN").schema(Schema.ORGANIZATION).country("RU").identifier(inn)
                .name("URALVAGONZAVOD", NameKind.PRIMARY).name("NPK URALVAGONZAVOD", NameKind.AKA).build();
        ListedNames names = of(sdn, csl);
        assertThat(entryOf(names, "OJSC RESEARCH AND PRODUCTION CORPORATION URALVAGONZAVOD", "RU")).isEqualTo("ofac-sdn:300");
        assertThat(entryOf(names, "URALVAGONZAVOD", "RU")).isEqualTo("ofac-sdn:300");
        ListedNames byNumber = of(sdnWithInn, ukWithInn);
        assertThat(entryOf(byNumber, "AO NPK URALVAGONZAVOD", "RU")).isEqualTo("ofac-sdn:300");
        assertThat(entryOf(byNumber, "AO NAUCHNO PROIZVODSTVENNAYA KORPORATSIYA URALVAGONZAVOD", "RU")).isEqualTo("ofac-sdn:300");
    }

    @Test
    void aShortOrGenericNameNamesNoEntry() {
        // One common word, or a word and kinds of firm: other firms are called so.
        Entity progress = entity("ofac-sdn:400", Schema.ORGANIZATION, "RU", "AO PROGRESS", "PROGRESS SCIENTIFIC PRODUCTION ENTERPRISE",
                "NAUCHNO PROIZVODSTVENNOE PREDPRIYATIE PROGRESS OMSK");
        ListedNames names = of(progress);
        assertThat(entryOf(names, "PROGRESS LLC", "RU")).isNull();
        assertThat(entryOf(names, "PROGRESS SCIENTIFIC PRODUCTION ENTERPRISE", "RU")).isNull();
        assertThat(entryOf(names, "NAUCHNO PROIZVODSTVENNOE PREDPRIYATIE PROGRESS OMSK", "RU")).isNull();
        assertThat(ListedNames.tellsOneFirm("progress", NORMALIZER)).isFalse();
        assertThat(ListedNames.tellsOneFirm("uralvagonzavod", NORMALIZER)).isTrue();
        assertThat(ListedNames.tellsOneFirm("pkk milandr", NORMALIZER)).isTrue();
    }

    @Test
    void aPersonsOrAVesselsNameNamesNoFirm() {
        Entity person = entity("ofac-sdn:500", Schema.PERSON, "RU", "KALASHNIKOV, Aleksandr Petrovich", "KALASHNIKOV ALEKSANDR");
        Entity firm = entity("ofac-sdn:501", Schema.ORGANIZATION, "RU", "KALASHNIKOV ALEKSANDR", "OOO KONTSERN KALASHNIKOV ALEKSANDR TREID");
        ListedNames names = of(person, firm);
        assertThat(entryOf(names, "KALASHNIKOV ALEKSANDR", "RU")).isNull();
        assertThat(entryOf(names, "KONTSERN KALASHNIKOV ALEKSANDR TREID", "RU")).isEqualTo("ofac-sdn:501");
        assertThat(of(person).size()).isZero();
    }
}
