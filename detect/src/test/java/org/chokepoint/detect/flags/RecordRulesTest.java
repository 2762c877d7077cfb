package org.chokepoint.detect.flags;

import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.wording.GoodsWording;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.detect.flags.Records.plain;

class RecordRulesTest {
    private final SanctionsPolicy policy = SanctionsPolicy.STANDARD;

    @Test
    void goodsOfConcernToRussiaAfterTheBanFlagTheSellerAndTheBuyer() {
        RecordRule rule = new BannedDestinationRule(policy);
        RecordFlag f = rule.check(plain().importer("OOO Vektor", "RU").dest("RU").facts());
        assertThat(f).isNotNull();
        assertThat(f.roles()).isEqualTo(Role.EXPORTER.bit() | Role.IMPORTER.bit());
        assertThat(f.weight()).isEqualTo(0.5);
        assertThat(f.detail()).contains("Tier 1").contains("RU").contains("2023-05-02");
    }

    @Test
    void theSameShipmentBeforeTheBanOrOfOrdinaryGoodsIsNotFlagged() {
        RecordRule rule = new BannedDestinationRule(policy);
        assertThat(rule.check(plain().dest("RU").date("2021-11-30").facts())).isNull();
        assertThat(rule.check(plain().dest("RU").hs("940360").description("wooden chairs").facts())).isNull();
        assertThat(rule.check(plain().facts())).isNull();
        assertThat(rule.check(plain().dest("BY").date("2022-03-01").facts())).as("Belarus from 2 March 2022").isNull();
        assertThat(rule.check(plain().dest("BY").date("2022-03-02").facts())).isNotNull();
    }

    @Test
    void armsFromNorthKoreaOrIranAreFlaggedWhateverTheRoute() {
        RecordRule rule = new EmbargoedArmsRule(policy);
        assertThat(rule.check(plain().hs("930690").origin("KP").dest("RU").facts())).isNotNull();
        assertThat(rule.check(plain().hs("880622").origin(null).dispatch("IR").facts())).isNotNull();
        assertThat(rule.check(plain().hs("930690").origin("CZ").facts())).isNull();
        assertThat(rule.check(plain().origin("KP").facts())).as("chips are not arms").isNull();
    }

    @Test
    void descriptionNamingOtherGoodsOrClaimingHarmlessUseIsFlagged() {
        RecordRule rule = new DescriptionMismatchRule(GoodsWording.standard());
        RecordFlag toys = rule.check(plain().hs("880621").description("Toys for children").facts());
        assertThat(toys).isNotNull();
        assertThat(toys.weight()).isEqualTo(0.5);
        assertThat(toys.detail()).contains("toys");
        assertThat(rule.check(plain().hs("845710").description("Станки бытовые").facts()).weight()).as("household machine tools").isEqualTo(0.45);
        assertThat(rule.check(plain().hs("846693").description("spare parts").facts()).weight()).isEqualTo(0.25);
        assertThat(rule.check(plain().hs("846693").description("запчасти для ремонта").facts()).weight()).isEqualTo(0.25);
    }

    @Test
    void descriptionThatFitsTheCodeIsNotFlagged() {
        RecordRule rule = new DescriptionMismatchRule(GoodsWording.standard());
        assertThat(rule.check(plain().facts())).isNull();
        assertThat(rule.check(plain().hs("880621").description("DJI Mavic 3 quadcopter drone").facts())).isNull();
        assertThat(rule.check(plain().hs("845811").description("CNC lathe, spare parts included").facts())).isNull();
        assertThat(rule.check(plain().hs("854239").description("микросхемы интегральные").facts())).isNull();
        assertThat(rule.check(plain().hs("950300").description("toys").facts())).as("toys declared as toys").isNull();
        assertThat(rule.check(plain().hs("854231").description(null).facts())).as("no description, nothing to contradict").isNull();
        assertThat(rule.check(plain().hs("940360").description("chipboard furniture").facts())).as("chipboard is not a chip").isNull();
    }

    @Test
    void forwarderAsConsigneeOfGoodsOfConcernInAHubOrBannedDestination() {
        RecordRule rule = new ForwarderConsigneeRule(policy);
        RecordFlag f = rule.check(plain().importer("Sky Way Logistics FZE", "AE").dest("AE").facts());
        assertThat(f).isNotNull();
        assertThat(f.roles()).isEqualTo(Role.IMPORTER.bit());
        assertThat(rule.check(plain().importer("ООО Транслогистик", "RU").dest("RU").facts())).isNotNull();
        assertThat(rule.check(plain().importer("Sky Way Logistics GmbH", "DE").dest("DE").facts())).as("not a hub, not banned").isNull();
        assertThat(rule.check(plain().importer("Sky Way Logistics FZE", "AE").hs("940360").facts())).as("ordinary goods").isNull();
    }

    @Test
    void lineOfBusinessThatDoesNotDealInTheGoods() {
        RecordRule rule = new BusinessMismatchRule();
        RecordFlag f = rule.check(plain().importer("Mebel Plus LLC", "RU").dest("RU").facts());
        assertThat(f).isNotNull();
        assertThat(f.roles()).isEqualTo(Role.IMPORTER.bit());
        assertThat(f.detail()).contains("furniture");
        assertThat(rule.check(plain().importer("Istanbul Tekstil Dis Ticaret Ltd. Şti.", "TR").facts())).isNotNull();
        assertThat(rule.check(plain().facts())).as("names that declare no line").isNull();
        assertThat(rule.check(plain().importer("Mebel Plus LLC", "RU").hs("940360").facts())).as("furniture firm buying furniture").isNull();
    }

    @Test
    void listedCarrierFlagsBothParties() {
        RecordRule rule = new ListedCarrierRule();
        ListedHit mahan = new ListedHit("ofac-sdn:1", "OFAC SDN", "MAHAN AIR", "MAHAN AIR", 1.0, "name");
        RecordFlag f = rule.check(plain().carrier(mahan).facts());
        assertThat(f.roles()).isEqualTo(Role.BOTH);
        assertThat(f.detail()).contains("MAHAN AIR").contains("ofac-sdn:1");
        assertThat(rule.check(plain().facts())).isNull();
    }

    @Test
    void everyRuleIsDocumentedWithAStableUniqueId() {
        Rulebook book = Rulebook.standard(policy);
        assertThat(book.infos()).extracting(RuleInfo::id).doesNotHaveDuplicates()
                .contains("listed_party", "chpl_to_sanctioned_destination", "transshipment_hub", "new_party", "shared_identifier", "shared_address",
                        "description_mismatch", "unit_value_outlier", "split_shipments", "listed_carrier", "forwarder_consignee", "business_mismatch",
                        "embargoed_arms");
        assertThat(book.infos()).allSatisfy(i -> {
            assertThat(i.title()).isNotBlank();
            assertThat(i.detects()).isNotBlank();
            assertThat(i.why()).isNotBlank();
            assertThat(i.source()).isNotBlank();
        });
    }
}
