package org.chokepoint.detect.party;

import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** When a name match makes a trade party the listed entity, and when it stays a possible match. Invented names. */
class PartyScreeningTest {
    private static final IntConsumer QUIET = d -> {};
    static ListedIndex lists;
    static List<Entity> entities;

    @BeforeAll
    static void lists() {
        // A listed firm known by one word, with a registration number, and one known by three.
        Entity one = Entity.builder("test", "1").list("Test List").schema(Schema.ORGANIZATION)
                .name("ZARYANKA", NameKind.PRIMARY).country("RU")
                .identifier(Identifier.of(IdentifierType.INN, "7804552300", "RU", "INN")).build();
        Entity three = Entity.builder("test", "2").list("Test List").schema(Schema.ORGANIZATION)
                .name("KRASNOBORSK OPTICAL INSTRUMENTS", NameKind.PRIMARY).country("RU").build();
        // A listed vessel with a company-like former name: a trade party is never a vessel.
        Entity vessel = Entity.builder("test", "3").list("Test List").schema(Schema.VESSEL)
                .name("MORNING GLORY STAR", NameKind.PRIMARY).name("BELOVODSK TRADING", NameKind.FKA).build();
        // A listed person, for a company whose name carries the person's name.
        Entity person = Entity.builder("test", "4").list("Test List").schema(Schema.PERSON)
                .name("TOLBUKHIN, Arseny", NameKind.PRIMARY).build();
        // Firms whose names others share in part: a seat in the name, and a word with a generic one beside it.
        Entity seated = Entity.builder("test", "5").list("Test List").schema(Schema.ORGANIZATION)
                .name("BEIJING ZHENGLIAN OPTOELECTRONICS CO., LTD.", NameKind.PRIMARY).country("CN").build();
        Entity generic = Entity.builder("test", "6").list("Test List").schema(Schema.ORGANIZATION)
                .name("VELTRANOVA TRADING", NameKind.PRIMARY).country("RU").build();
        // A Chinese firm whose short alias drops its seat, which its full name and addresses give.
        Entity aliased = Entity.builder("test", "7").list("Test List").schema(Schema.ORGANIZATION)
                .name("LIAOBEI QUANHONG TRADE CO., LTD.", NameKind.PRIMARY).name("QUANHONG TRADING COMPANY", NameKind.AKA).country("CN")
                .address(new org.chokepoint.model.Address("Number 5, Tenth Street", "Shenyang", null, null, "CN", "China")).build();
        // A Hong Kong firm known by one common word and generic ones.
        Entity common = Entity.builder("test", "8").list("Test List").schema(Schema.ORGANIZATION)
                .name("GROUP ZENFORT LIMITED", NameKind.PRIMARY).name("GROUP ZENFORT LIMITED GENERAL TRADING", NameKind.AKA).country("HK").build();
        // Two listed firms of one name, each with its own number.
        Entity llc = Entity.builder("test", "9").list("Test List").schema(Schema.ORGANIZATION)
                .name("SOSNOVETS LIMITED LIABILITY COMPANY", NameKind.PRIMARY).country("RU")
                .identifier(Identifier.of(IdentifierType.INN, "2469004605", "RU", "INN")).build();
        Entity jsc = Entity.builder("test", "10").list("Other List").schema(Schema.ORGANIZATION)
                .name("JOINT-STOCK COMPANY SOSNOVETS", NameKind.PRIMARY).country("RU")
                .identifier(Identifier.of(IdentifierType.INN, "3228002924", "RU", "INN")).build();
        entities = List.of(one, three, vessel, person, seated, generic, aliased, common, llc, jsc);
        lists = ListedIndex.build(entities);
    }

    private static Party screen(String name, String... ids) {
        return screenIn("RU", name, ids);
    }

    private static Party screenIn(String country, String name, String... ids) {
        Party p = new Party(1, "party-000001", List.of(name), country, List.of(ids), List.of(), List.of(), false);
        return PartyScreening.screen(List.of(p), lists, 3, 5, 0.88, 1, QUIET).getFirst();
    }

    @Test
    void theOneWordNameUnderALegalFormIsTheListedFirm() {
        Party p = screen("OOO Zaryanka");
        assertThat(p.hits()).extracting(h -> h.entityId()).containsExactly("test:1");
        assertThat(p.listed()).isTrue();
    }

    @Test
    void aOneWordListedNameInsideALongerNameIsOnlyAPossibleMatch() {
        Party p = screen("Zaryanka Trading LLC");
        assertThat(p.hits()).extracting(h -> h.entityId()).contains("test:1");
        assertThat(p.hits().getFirst().score()).as(p.hits().getFirst().explanation()).isGreaterThanOrEqualTo(0.88);
        assertThat(p.listed()).isFalse();
    }

    @Test
    void theListedFirmsOwnNumberMakesTheLongerNameTheFirm() {
        assertThat(screen("Zaryanka Trading LLC", "7804552300").listed()).isTrue();
    }

    @Test
    void aNameOfSeveralListedWordsIsTakenAsTheFirm() {
        assertThat(screen("AO Krasnoborsk Optical Instruments").listed()).isTrue();
    }

    @Test
    void onlyAOneWordNameAgainstLongerPartyNamesIsHeldBack() {
        assertThat(PartyScreening.oneWordOfMore(1, 3)).isTrue();
        assertThat(PartyScreening.oneWordOfMore(1, 1)).isFalse();
        assertThat(PartyScreening.oneWordOfMore(2, 3)).isFalse();
    }

    @Test
    void aTradePartyIsNeverAListedVessel() {
        Party p = screen("OOO Belovodsk Trading");
        assertThat(p.hits()).extracting(h -> h.entityId()).doesNotContain("test:3");
        assertThat(p.listed()).isFalse();
        // The vessel is found by the screener itself: only detect's view of a trade party leaves it out.
        assertThat(lists.screen("OOO Belovodsk Trading", "RU", null, Schema.UNKNOWN, 5)).extracting(h -> h.entityId()).contains("test:3");
    }

    /** The best hit on an entity, which must reach the listed score: the cases below are about what the score does not say. */
    private static void scoresAsListed(Party p, String entity) {
        assertThat(p.hits()).extracting(h -> h.entityId()).contains(entity);
        assertThat(p.hits().stream().filter(h -> h.entityId().equals(entity)).findFirst().orElseThrow().score())
                .as(p.hits().toString()).isGreaterThanOrEqualTo(0.88);
    }

    private static String why(Party p, String entity) {
        return p.hits().stream().filter(h -> h.entityId().equals(entity)).findFirst().orElseThrow().explanation();
    }

    @Test
    void anAgreeingIdentifierDecidesEvenWithAWordOfItsOwn() {
        Party p = screen("OOO Zaryanka Vega", "INN 7804552300");
        assertThat(p.listed()).isTrue();
        assertThat(p.hits().getFirst().entityId()).isEqualTo("test:1");
    }

    @Test
    void aConflictingNumberOfTheSameRegisterIsAnotherFirmWhateverTheName() {
        Party p = screen("OOO Zaryanka", "5032123452");
        scoresAsListed(p, "test:1");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:1")).contains("not taken as listed: declared INN 5032123452 is not the entity's (INN 7804552300)");
    }

    @Test
    void aNumberOfAnotherRegisterIsNoConflict() {
        // An unknown number with no register the entity uses: the name decides.
        assertThat(screen("OOO Zaryanka", "REG-55120").listed()).isTrue();
    }

    @Test
    void aDistinctiveWordOfItsOwnMakesItAPossibleMatch() {
        Party p = screen("AO Krasnoborsk Optical Instruments Vega");
        scoresAsListed(p, "test:2");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:2")).contains("a word of its own (vega)");
    }

    @Test
    void aSisterFirmsMarkIsAWordOfItsOwn() {
        Party p = screen("AO Krasnoborsk Optical Instruments Group");
        scoresAsListed(p, "test:2");
        assertThat(p.listed()).isFalse();
    }

    @Test
    void aGenericOrCityWordOfItsOwnStillMakesItTheFirm() {
        assertThat(screen("AO Krasnoborsk Optical Instruments Plant").listed()).isTrue();
        assertThat(screen("AO Krasnoborsk Optical Instruments Moscow").listed()).isTrue();
    }

    @Test
    void theOneDistinctiveWordAlignedOnlyInSpellingIsAPossibleMatch() {
        Party p = screen("OOO Zarjanca");
        scoresAsListed(p, "test:1");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:1")).contains("agree only in spelling");
    }

    @Test
    void theListedSpellingInAnotherScriptIsTheFirm() {
        assertThat(screen("ООО «Зарянка»").listed()).isTrue();
    }

    @Test
    void aCompanyIsNotAListedPerson() {
        // The screening scorer already lowers such a match below the listed score; this holds whatever the score.
        var company = ListedEvidence.normalise(List.of("Tolbukhin Arseny Co., Ltd."));
        var person = ListedEvidence.normalise(List.of("Arseny Tolbukhin"));
        assertThat(ListedEvidence.companyForPerson(company, lists.entity("test:4"))).contains("is not the listed person");
        assertThat(ListedEvidence.companyForPerson(person, lists.entity("test:4"))).isNull();
        assertThat(ListedEvidence.companyForPerson(company, lists.entity("test:2"))).isNull();
    }

    @Test
    void aDistinctiveListedWordMissingFromTheNameIsAPossibleMatch() {
        Party p = screen("AO Krasnoborsk Instruments");
        scoresAsListed(p, "test:2");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:2")).contains("optical is missing");
    }

    @Test
    void aSisterMarkIsReadAsWrittenNotAsExpanded() {
        // "Tech" is expanded to "technology", a word that says what a firm does; as written it tells a sister firm apart.
        Party p = screen("AO Krasnoborsk Optical Instruments Tech");
        scoresAsListed(p, "test:2");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:2")).contains("a word of its own (tech)");
    }

    @Test
    void aFirmOfAnotherCountryIsANamesakeAbroad() {
        Party p = screenIn("KZ", "AO Krasnoborsk Optical Instruments");
        scoresAsListed(p, "test:2");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:2")).contains("a firm of KZ is not the listed firm of RU");
        // Whereas a listed firm's own number, declared abroad, still decides.
        assertThat(screenIn("KZ", "OOO Zaryanka", "7804552300").listed()).isTrue();
    }

    @Test
    void anotherCityAsTheSeatIsAnotherFirm() {
        // The screening scorer mostly keeps such pairs below the listed score; this holds whatever the score.
        String listed = "BEIJING ZHENGLIAN OPTOELECTRONICS CO., LTD.";
        assertThat(ListedEvidence.nameGap(ListedEvidence.normalise(List.of("Guangzhou Zhenglian Optoelectronics Co., Ltd.")), listed))
                .contains("the party's seat (guangzhou) is not the listed firm's (beijing)");
        assertThat(ListedEvidence.nameGap(ListedEvidence.normalise(List.of("Zhenglian Optoelectronics (Beijing) Co., Ltd.")), listed)).isNull();
        assertThat(ListedEvidence.nameGap(ListedEvidence.normalise(List.of("Zhenglian Optoelectronics Co., Ltd.")), listed)).isNull();

        // A city of two words is one seat, neither half a word of the firm's own.
        assertThat(ListedEvidence.nameGap(ListedEvidence.normalise(List.of("Nizhny Novgorod Veltranova Plant")), "VELTRANOVA PLANT")).isNull();
        assertThat(ListedEvidence.nameGap(ListedEvidence.normalise(List.of("Nizhny Novgorod Veltranova Plant")), "MOSCOW VELTRANOVA PLANT"))
                .contains("the party's seat (nizhny novgorod) is not the listed firm's (moscow)");
    }

    @Test
    void oneWordInCommonWithDifferentWordsBesideItIsAPossibleMatch() {
        Party p = screen("OOO Veltranova Industrial");
        scoresAsListed(p, "test:6");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:6")).contains("share one word (veltranova)");
        assertThat(screen("OOO Veltranova Trading").listed()).isTrue();
    }

    @Test
    void wordsInPlaceOfWordsMakeAnotherName() {
        // A trader writing the listed firm drops a word or adds one; it does not swap one for another.
        Party p = screen("AO Krasnoborsk Optical Machinery");
        assertThat(p.listed()).isFalse();
        if (!p.hits().isEmpty() && p.hits().getFirst().score() >= 0.88) assertThat(why(p, "test:2")).contains("differ in words on both sides");
        assertThat(ListedEvidence.nameGap(ListedEvidence.normalise(List.of("Wuhan Quanhong Import and Export Co., Ltd.")), "WUHAN QUANHONG TECHNOLOGY CO., LTD."))
                .contains("the names differ in words on both sides (import and export / technology)");
        assertThat(ListedEvidence.nameGap(ListedEvidence.normalise(List.of("Wuhan Quanhong Technology Trading Co., Ltd.")), "WUHAN QUANHONG TECHNOLOGY CO., LTD."))
                .isNull();
    }

    @Test
    void theSeatTheEntitysOtherNamesAndAddressesGiveRulesItOut() {
        Party p = screenIn("CN", "Xiamen Quanhong Trading Co., Ltd.");
        scoresAsListed(p, "test:7");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:7")).contains("the party's seat (xiamen) is not the listed firm's (shenyang)");
        assertThat(screenIn("CN", "Quanhong Trading Co., Ltd.").listed()).isTrue();
        assertThat(screenIn("CN", "Shenyang Quanhong Trading Co., Ltd.").listed()).isTrue();
    }

    /** Parties screened together, so that each is weighed against the others' words. */
    private static List<Party> screenAll(String country, String... names) {
        List<Party> parties = new java.util.ArrayList<>();
        for (String n : names) parties.add(new Party(parties.size(), "party-" + parties.size(), List.of(n), country, List.of(), List.of(), List.of(), false));
        return PartyScreening.screen(parties, ListedIndex.build(entities), 3, 5, 0.88, 2, QUIET);
    }

    @Test
    void aNameThatMeetsTheListedOneOnlyInAWordManyTradersBearIsAPossibleMatch() {
        String[] others = {"Zenfort Summit Industrial Limited", "Zenfort Delta Electronics Limited", "Zenfort Lucky Textiles Limited",
                "Zenfort Vertex Holdings Limited", "Zenfort Prime Logistics Limited"};
        List<String> names = new java.util.ArrayList<>(List.of("Zenfort Zenfort Trading Limited"));
        names.addAll(List.of(others));
        Party p = screenAll("HK", names.toArray(String[]::new)).getFirst();
        scoresAsListed(p, "test:8");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:8")).contains("meet only in words other traders of these records bear too (zenfort, 5)");
        // Borne by fewer traders, the word still names the firm; and the listed name itself, word for word, is the firm.
        assertThat(screenAll("HK", "Zenfort Zenfort Trading Limited", others[0], others[1]).getFirst().listed()).isTrue();
        names.set(0, "Group Zenfort Limited");
        assertThat(screenAll("HK", names.toArray(String[]::new)).getFirst().listed()).isTrue();
    }

    @Test
    void aNameTwoListedFirmsBearIsNeitherWithoutItsNumber() {
        Party p = screen("PAO Sosnovets");
        scoresAsListed(p, "test:9");
        scoresAsListed(p, "test:10");
        assertThat(p.listed()).isFalse();
        assertThat(why(p, "test:9")).contains("two listed firms bear the name");
        Party declared = screen("PAO Sosnovets", "3228002924");
        assertThat(declared.listed()).isTrue();
        assertThat(declared.hits().getFirst().entityId()).isEqualTo("test:10");
        assertThat(ListedEvidence.differentFirms(lists.entity("test:9"), lists.entity("test:10"))).isTrue();
        assertThat(ListedEvidence.differentFirms(lists.entity("test:9"), lists.entity("test:2"))).isFalse();
    }

    @Test
    void aNameTwoListedFirmsBearWrittenInFullAsOneOfThemIsThatOne() {
        // The declarant writes the joint-stock company's name as its list does, legal form and all.
        Party p = screen("Joint-Stock Company \"Sosnovets\"");
        assertThat(p.listed()).isTrue();
        assertThat(p.hits().getFirst().entityId()).isEqualTo("test:10");
        assertThat(why(p, "test:9")).contains("writes the name of JOINT-STOCK COMPANY SOSNOVETS (test:10) in full");
        assertThat(PartyScreening.writtenInFull(List.of("SOSNOVETS LIMITED LIABILITY COMPANY"), p.hits(), lists)).containsExactly("test:9");
        assertThat(PartyScreening.writtenInFull(List.of("Sosnovets"), p.hits(), lists)).isEmpty();
    }

    @Test
    void aListedCompoundNameIsNotItsFirstHalfAlone() {
        String listed = "LLC VELTRAN-TRADE";
        assertThat(ListedEvidence.compoundPart(ListedEvidence.normalise(List.of("Вельтран ООО")), listed))
                .contains("compound veltran-trade is only in part");
        assertThat(ListedEvidence.compoundPart(ListedEvidence.normalise(List.of("ООО «Вельтран-Трейд»")), listed)).isNull();
        assertThat(ListedEvidence.compoundPart(ListedEvidence.normalise(List.of("Veltran Trade LLC")), listed)).isNull();
        assertThat(ListedEvidence.compoundPart(ListedEvidence.normalise(List.of("Veltrantrade LLC")), listed)).isNull();
        // A compound of words that only say what a firm does is no name of its own.
        assertThat(ListedEvidence.compoundPart(ListedEvidence.normalise(List.of("AO Veltran Radio Electronic Technologies")),
                "JSC VELTRAN RADIO-ELECTRONIC TECHNOLOGIES")).isNull();
        assertThat(ListedEvidence.compoundPart(ListedEvidence.normalise(List.of("AO Veltran")), "JOINT-STOCK COMPANY VELTRAN")).isNull();
    }

    @Test
    void theSpellingsAsResolutionReadThemGiveTheSameParties() {
        // Detect hands screening the names as resolution normalised them; the answer must be the one screening gets by
        // normalising each spelling itself, whichever spellings the map holds.
        List<Party> parties = new java.util.ArrayList<>();
        String[][] named = {{"OOO Zaryanka", "Zaryanka Trading LLC"}, {"AO Krasnoborsk Optical Instruments Vega", "ООО «Зарянка»"},
                {"OOO Belovodsk Trading"}, {"Tolbukhin Arseny Trading LLC", "OOO Zarjanca", "AO Krasnoborsk Instruments", "OOO Veltranova Industrial"},
                {"Guangzhou Zhenglian Optoelectronics Co., Ltd.", "Zhenglian Optoelectronics (Beijing) Co., Ltd."}};
        for (String[] names : named) {
            String country = names[0].contains("Zhenglian") ? "CN" : "RU";
            parties.add(new Party(parties.size(), "party-" + parties.size(), List.of(names), country, List.of(), List.of(), List.of(), false));
        }
        parties.add(new Party(parties.size(), "party-id", List.of("Zaryanka Trading LLC"), "RU", List.of("7804552300"), List.of(), List.of(), false));
        java.util.Map<String, org.chokepoint.text.NormalizedName> all = new java.util.HashMap<>(), some = new java.util.HashMap<>();
        for (Party p : parties) {
            for (String n : p.names()) {
                all.put(n, org.chokepoint.text.NameNormalizer.standard().normalize(n));
                if (all.size() % 2 == 0) some.put(n, all.get(n));
            }
        }
        // A fresh index each time: the index remembers its answers by the text screened.
        List<Party> alone = PartyScreening.screen(parties, ListedIndex.build(entities), 3, 5, 0.88, 2, QUIET);
        assertThat(alone).anyMatch(Party::listed).anyMatch(p -> !p.listed() && !p.hits().isEmpty());
        assertThat(PartyScreening.screen(parties, all, ListedIndex.build(entities), 3, 5, 0.88, 2, QUIET)).isEqualTo(alone);
        assertThat(PartyScreening.screen(parties, some, ListedIndex.build(entities), 3, 5, 0.88, 2, QUIET)).isEqualTo(alone);
    }
}
