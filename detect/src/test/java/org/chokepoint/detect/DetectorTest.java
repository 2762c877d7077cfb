package org.chokepoint.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.party.NormalizedNameResolution;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsNomenclature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One small dataset in which each dataset-wide pattern happens once, next to ordinary trade that must
 * stay clean; the findings files are read back as JSON and checked against formats.md §2.
 */
class DetectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "record_id,date,exporter_name,exporter_country,exporter_address,exporter_id,importer_name,importer_country,"
            + "importer_address,importer_id,manufacturer,origin_country,dispatch_country,destination_country,hs_code,description,quantity,unit,"
            + "net_weight_kg,value_usd,transport_mode,carrier,vessel_imo";

    @TempDir
    static Path dir;
    static DetectionResult result;
    static Detector detector;
    static Map<String, JsonNode> parties;
    static List<JsonNode> partyLines;
    static List<JsonNode> shipments;

    @BeforeAll
    static void run() throws Exception {
        List<String> rows = new ArrayList<>();
        int[] n = {0};
        java.util.function.Consumer<String> add = r -> rows.add("t" + (++n[0]) + "," + r);
        // Ordinary trade: chips among EU firms at 25 USD a piece, machine-tool parts at 5,000 USD a consignment.
        for (int i = 0; i < 24; i++) add.accept(LocalDate.of(2021, 1, 5).plusDays(30L * i) + ",Halbleiter Handel AG,DE,,,Composants Dupont SARL,FR,,,,US,,FR,854231,microcontrollers,1000,pcs,2,25000,road,,");
        for (int i = 0; i < 12; i++) add.accept(LocalDate.of(2021, 2, 1).plusDays(60L * i) + ",Maschinenbau Schmidt GmbH,DE,,,Usinage Martin SARL,FR,,,,DE,,FR,846693,parts of lathes,1,pcs,50,5000,road,,");
        // Before the ban a German distributor sold chips to Russia; after it, to a new buyer in the UAE (rerouting)
        // which passes them on to a listed Russian firm (transshipment, trade with a listed party).
        add.accept("2021-06-10,Elektronik Vertrieb GmbH,DE,,,OOO Staryi Klient,RU,,,,US,,RU,854231,microcontrollers,1000,pcs,2,25000,air,,");
        add.accept("2023-01-10,Elektronik Vertrieb GmbH,DE,,,Gulf Star Trading FZE,AE,,,,US,,AE,854231,microcontrollers,1000,pcs,2,25000,air,,");
        add.accept("2023-02-01,GULF STAR TRADING F.Z.E.,AE,,,OOO Vektor Plus,RU,,,,US,,RU,854231,electronic components,1000,pcs,2,60000,air,,");
        // Eight small consignments of machine-tool parts within ten days.
        for (int i = 0; i < 8; i++) add.accept(LocalDate.of(2023, 6, 1).plusDays(i) + ",Precision Parts Trading LLC,AE,,,OOO Stanko Servis,RU,,,,CN,,RU,846693,spare parts,1,pcs,3,800,road,,");
        // A price a hundred times the norm.
        add.accept("2023-03-15,Halbleiter Handel AG,DE,,,Composants Dupont SARL,FR,,,,US,,FR,854231,microcontrollers,10,pcs,1,25000,road,,");
        // A front using the listed firm's INN, another at its address.
        add.accept("2023-04-01,Bright Way Ltd,HK,,,Nord Treid LLC,RU,,7804552300,,CN,,RU,853221,capacitors,5000,pcs,3,9000,air,,");
        add.accept("2023-04-02,Bright Way Ltd,HK,,,Alfa Komponent LLC,RU,\"ul. Lenina 15, office 204, Moscow\",,,CN,,RU,853221,capacitors,5000,pcs,3,9000,air,,");
        // A seller never seen before the summer of 2023 that ships chips to Russia within weeks.
        add.accept("2023-08-01,Shenzhen Component Co Ltd,CN,,,Fresh Start Trading LLC,AE,,,,CN,,AE,940360,office furniture,10,pcs,300,2000,sea,,");
        add.accept("2023-08-20,Fresh Start Trading LLC,AE,,,OOO Tekhnopark,RU,,,,CN,,RU,854232,memory chips,500,pcs,1,15000,air,,");
        // By sea: a vessel named like a listed vessel's former name, with its own IMO number (so not that vessel), and
        // the listed vessel itself under another name, known by its IMO number.
        for (int i = 0; i < 3; i++) add.accept(LocalDate.of(2022, 3, 1).plusDays(40L * i) + ",Nordsee Papier GmbH,DE,,,Papeterie Lune SARL,FR,,,,DE,,FR,480256,printing paper,20,t,20000,18000,sea,HARMONY,9741413");
        add.accept("2023-05-05,Baltic Timber OU,EE,,,Holzwerk Nord GmbH,DE,,,,EE,,DE,440711,sawn pine,40,m3,20000,9000,sea,MV POLAR DAWN,9252967");
        // A chain through two hubs: a German maker sells to Türkiye, which sells to Kazakhstan, which sends the chips on to Russia.
        add.accept("2023-06-20,Mikrochip Werk GmbH,DE,,,Anatolia Elektronik Ltd,TR,,,,DE,,TR,854231,microcontrollers,1000,pcs,2,25000,air,,");
        add.accept("2023-07-01,Anatolia Elektronik Ltd,TR,,,Steppe Components LLP,KZ,,,,DE,,KZ,854231,microcontrollers,1000,pcs,2,27000,air,,");
        add.accept("2023-07-20,Steppe Components LLP,KZ,,,OOO Vostok Pribor,RU,,,,DE,,RU,854231,electronic parts,1000,pcs,2,31000,road,,");
        // Goods by makers: a brand that is one word of a listed firm's longer name, and the listed firm itself.
        add.accept("2023-09-01,Papierfabrik Ost GmbH,DE,,,Papeterie Soleil SARL,FR,,,Legio,DE,,FR,480256,printing paper,20,t,20000,18000,road,,");
        add.accept("2023-09-02,Werkzeug Handel GmbH,DE,,,Outils Lyon SARL,FR,,,Rostekh State Corporation,RU,,FR,820730,drilling tools,20,pcs,200,9000,road,,");
        // Rejected: a bad date, an unknown transport mode, and a value of 10^31 USD (which, summed as an exact decimal of
        // 30 digits before the point, once stopped the whole run with a database error).
        rows.add("bad1,2023-13-01,A,DE,,,B,FR,,,,,,FR,854231,x,,,,100,road,,");
        rows.add("bad2,2023-01-01,A,DE,,,B,FR,,,,,,FR,854231,x,,,,100,boat,,");
        rows.add("bad3,2023-01-02,A,DE,,,B,FR,,,,,,FR,854231,x,,,,10000000000000000000000000000000,road,,");
        Path csv = dir.resolve("shipments.csv");
        Files.write(csv, (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));

        Entity vektor = Entity.builder("test", "1").list("Test List").schema(Schema.ORGANIZATION)
                .name("OOO VEKTOR PLUS", NameKind.PRIMARY).country("RU")
                .identifier(Identifier.of(IdentifierType.INN, "7804552300", "RU", "INN"))
                .address(new Address("ul. Lenina 15, office 204", "Moscow", null, null, "RU", "Russia")).build();
        Entity other = Entity.builder("test", "2").list("Test List").schema(Schema.ORGANIZATION).name("ROSTEKH STATE CORPORATION", NameKind.PRIMARY).country("RU").build();
        Entity vessel = Entity.builder("test", "3").list("Test List").schema(Schema.VESSEL).name("GRACE OCEAN", NameKind.PRIMARY)
                .name("HARMONY", NameKind.FKA).identifier(Identifier.of(IdentifierType.IMO, "9252967", null, "IMO")).build();
        Entity legio = Entity.builder("test", "4").list("Test List").schema(Schema.ORGANIZATION).name("LEGIO INVESTMENTS EOOD", NameKind.PRIMARY).country("BG").build();
        ListedIndex lists = ListedIndex.build(List.of(vektor, other, vessel, legio));
        Detector d = new Detector(lists, GoodsClassifier.standard(HsNomenclature.empty()), SanctionsPolicy.STANDARD, new NormalizedNameResolution(),
                DetectionSettings.DEFAULTS, List.of(new ListUsed("test", 1, null, "2026-01-01T00:00:00Z", 2)));
        detector = d;
        Path out = dir.resolve("findings");
        result = d.run(csv, out, DetectionProgress.NONE);
        partyLines = lines(out.resolve("parties.jsonl"));
        parties = new java.util.HashMap<>();
        for (JsonNode p : partyLines) for (JsonNode a : p.get("aliases")) parties.put(a.asText(), p);
        shipments = lines(out.resolve("shipments.jsonl"));
    }

    /** The same findings whether the work database is in memory (this small file's default) or in a file on disk. */
    @Test
    void aWorkDatabaseOnDiskGivesTheSameFindings() throws Exception {
        Path out = dir.resolve("findings");
        Path onDisk = dir.resolve("findings-on-disk");
        System.setProperty("chokepoint.detect.workInMemory", "false");
        try {
            detector.run(dir.resolve("shipments.csv"), onDisk, DetectionProgress.NONE);
        } finally {
            System.clearProperty("chokepoint.detect.workInMemory");
        }
        assertThat(WorkDatabase.fitsInMemory(dir.resolve("shipments.csv"), DetectionSettings.DEFAULTS.memoryLimit())).isTrue();
        for (String f : List.of("parties.jsonl", "shipments.jsonl", "rejects.csv")) {
            assertThat(Files.readString(onDisk.resolve(f))).as(f).isEqualTo(Files.readString(out.resolve(f))).isNotEmpty();
        }
    }

    private static List<JsonNode> lines(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(p)) out.add(JSON.readTree(l));
        return out;
    }

    private static Set<String> rules(String party) {
        JsonNode p = parties.get(party);
        assertThat(p).as(party).isNotNull();
        return StreamSupport.stream(p.get("red_flags").spliterator(), false).map(f -> f.get("rule").asText()).collect(Collectors.toSet());
    }

    private static JsonNode flag(String party, String rule) {
        for (JsonNode f : parties.get(party).get("red_flags")) if (f.get("rule").asText().equals(rule)) return f;
        throw new AssertionError(party + " has no " + rule);
    }

    @Test
    void countsAddUpAndBadRowsAreRejectedWithReasons() throws IOException {
        assertThat(result.read()).isEqualTo(result.valid() + result.rejected());
        assertThat(result.rejected()).isEqualTo(3);
        assertThat(result.rejectReasons()).containsKeys("date", "transport_mode", "value_usd");
        assertThat(Files.readAllLines(dir.resolve("findings/rejects.csv"))).hasSize(4).anyMatch(l -> l.contains("bad2") && l.contains("boat"))
                .anyMatch(l -> l.contains("bad3") && l.contains("32 digits before the point"));
        JsonNode summary = JSON.readTree(dir.resolve("findings/summary.json").toFile());
        assertThat(summary.at("/records/read").asLong()).isEqualTo(result.read());
        assertThat(summary.at("/records/rejected").asLong()).isEqualTo(3);
        assertThat(summary.at("/records/flagged").asLong()).isEqualTo(shipments.size());
        assertThat(summary.at("/parameters/rules").size()).isGreaterThanOrEqualTo(13);
    }

    @Test
    void everyPartyAppearsOnceRankedByRisk() {
        Set<String> ids = new HashSet<>();
        double last = 2;
        for (int i = 0; i < partyLines.size(); i++) {
            JsonNode p = partyLines.get(i);
            assertThat(p.get("rank").asInt()).isEqualTo(i + 1);
            assertThat(ids.add(p.get("party_id").asText())).isTrue();
            assertThat(p.get("risk").asDouble()).isBetween(0.0, 1.0).isLessThanOrEqualTo(last);
            assertThat(p.get("record_ids").size()).isPositive();
            assertThat(p.get("explanation").asText()).isNotBlank();
            last = p.get("risk").asDouble();
        }
        assertThat(parties.get("Gulf Star Trading FZE").get("aliases")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("Gulf Star Trading FZE", "GULF STAR TRADING F.Z.E.");
        assertThat(partyLines.getFirst().get("name").asText()).isEqualTo("OOO Vektor Plus");
    }

    @Test
    void listedBuyerIsRecognisedWithItsMatch() {
        JsonNode v = parties.get("OOO Vektor Plus");
        assertThat(v.get("listed").asBoolean()).isTrue();
        assertThat(v.at("/list_matches/0/entity_id").asText()).isEqualTo("test:1");
        assertThat(rules("OOO Vektor Plus")).contains("listed_party");
    }

    @Test
    void hubThatPassesChipsOnToTheListedBuyer() {
        assertThat(rules("Gulf Star Trading FZE")).contains("transshipment_hub", "trades_with_listed", "chpl_to_sanctioned_destination", "rerouting");
        JsonNode f = flag("Gulf Star Trading FZE", "transshipment_hub");
        Set<String> evidence = StreamSupport.stream(f.get("evidence").spliterator(), false).map(JsonNode::asText).collect(Collectors.toSet());
        assertThat(evidence).as("both legs cited: in from Germany (t38), out to Russia (t39)").containsExactlyInAnyOrder("t38", "t39");
        assertThat(rules("Elektronik Vertrieb GmbH")).contains("rerouting", "two_hops_to_listed");
        assertThat(parties.get("Gulf Star Trading FZE").get("risk").asDouble()).isGreaterThan(parties.get("Elektronik Vertrieb GmbH").get("risk").asDouble());
    }

    @Test
    void theRussianBuyerAtTheEndOfTheHubIsTheConsignee() {
        JsonNode f = flag("OOO Vektor Plus", "hub_consignee");
        assertThat(f.get("evidence")).extracting(JsonNode::asText).containsExactly("t39");
        assertThat(f.get("detail").asText()).contains("GULF STAR TRADING F.Z.E. (AE)").contains("received the same goods from DE");
        // Its seller received furniture, not the chips it sent on: no hub.
        assertThat(rules("OOO Tekhnopark")).doesNotContain("hub_consignee");
    }

    @Test
    void splitShipmentsUnitValueFrontsAndNewParties() {
        assertThat(rules("Precision Parts Trading LLC")).contains("split_shipments", "chpl_to_sanctioned_destination", "description_mismatch");
        assertThat(flag("Precision Parts Trading LLC", "split_shipments").get("records").asInt()).isEqualTo(8);
        assertThat(rules("Halbleiter Handel AG")).containsExactly("unit_value_outlier");
        assertThat(flag("Halbleiter Handel AG", "unit_value_outlier").get("records").asInt()).isEqualTo(1);
        assertThat(rules("Nord Treid LLC")).contains("shared_identifier");
        assertThat(rules("Alfa Komponent LLC")).contains("shared_address");
        assertThat(rules("Fresh Start Trading LLC")).contains("new_party");
        // The Russian buyer of the chips is flagged as well as the seller.
        assertThat(rules("OOO Tekhnopark")).contains("chpl_to_sanctioned_destination");
    }

    @Test
    void ordinaryTradeStaysClean() {
        for (String legit : List.of("Maschinenbau Schmidt GmbH", "Usinage Martin SARL", "Shenzhen Component Co Ltd", "Nordsee Papier GmbH", "Papeterie Lune SARL")) {
            assertThat(rules(legit)).as(legit).isEmpty();
            assertThat(parties.get(legit).get("risk").asDouble()).isZero();
        }
        assertThat(shipments).allSatisfy(s -> assertThat(s.get("red_flags").size()).isPositive());
        assertThat(shipments).extracting(s -> s.get("record_id").asText()).doesNotHaveDuplicates();
    }

    @Test
    void aListedVesselIsKnownByItsImoAndAVesselOfItsFormerNameWithAnotherImoIsNotIt() {
        assertThat(rules("Baltic Timber OU")).contains("listed_carrier");
        assertThat(rules("Holzwerk Nord GmbH")).contains("listed_carrier");
        assertThat(rules("Nordsee Papier GmbH")).doesNotContain("listed_carrier");
    }

    @Test
    void theEarlierHubOfAChainOfTwoIsFlaggedAndTheMakerIsNot() {
        assertThat(rules("Steppe Components LLP")).contains("transshipment_hub");
        assertThat(rules("Anatolia Elektronik Ltd")).contains("feeds_transshipment_hub").doesNotContain("transshipment_hub");
        assertThat(flag("Anatolia Elektronik Ltd", "feeds_transshipment_hub").get("detail").asText())
                .contains("Steppe Components LLP (KZ)").contains("sent the same goods on to RU").contains("having received them from DE");
        assertThat(rules("Mikrochip Werk GmbH")).doesNotContain("feeds_transshipment_hub", "transshipment_hub");
        // The earlier hub is as new as a front shipping to Russia itself; the maker selling to it is new too, but its buyer
        // sent the chips to Kazakhstan, not on to Russia.
        assertThat(flag("Anatolia Elektronik Ltd", "new_party").get("detail").asText()).contains("sent the same goods on to Russia or Belarus");
        assertThat(rules("Mikrochip Werk GmbH")).doesNotContain("new_party");
        assertThat(rules("OOO Vostok Pribor")).contains("hub_consignee");
    }

    @Test
    void aMakerIsAListedFirmOnlyAtTheBarThatMakesAPartyListed() {
        assertThat(rules("Papierfabrik Ost GmbH")).doesNotContain("listed_manufacturer");
        assertThat(rules("Werkzeug Handel GmbH")).contains("listed_manufacturer");
    }
}
