package org.chokepoint.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.party.NormalizedNameResolution;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.detect.watchlist.OwnershipBlocks;
import org.chokepoint.detect.watchlist.OwnershipFile;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Ownership;
import org.chokepoint.model.Schema;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsNomenclature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-written ownership scenario run through the whole detector. A listed holding owns 60% of an investment
 * company (in the lists' relations), which owns 55% of a trading company (in the user's CSV file); the trading
 * company buys chips under its own name and must come out listed, with {@code owned_by_listed} and the path. A
 * company the holding owns 25% of, and two companies holding each other without a listed owner, stay unlisted.
 */
class DetectorOwnershipTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "record_id,date,exporter_name,exporter_country,exporter_address,exporter_id,importer_name,importer_country,"
            + "importer_address,importer_id,manufacturer,origin_country,dispatch_country,destination_country,hs_code,description,quantity,unit,"
            + "net_weight_kg,value_usd,transport_mode,carrier,vessel_imo";

    @TempDir
    static Path dir;
    static Map<String, JsonNode> parties = new HashMap<>();
    static Path out;
    static OwnershipFile.Read file;

    static Entity related(String id, String name) {
        return Entity.builder("test", id).list("Test List").schema(Schema.ORGANIZATION).name(name, NameKind.PRIMARY).country("RU")
                .raw("{\"id\": \"" + id + "\", \"schema\": \"Company\", \"target\": false}").build();
    }

    @BeforeAll
    static void run() throws Exception {
        List<String> rows = new ArrayList<>();
        String[] buyers = {"OOO Pribor Tekhnika", "OOO Elektron Servis", "OOO Koltso Odin"};
        int n = 0;
        for (String buyer : buyers) {
            for (int i = 0; i < 3; i++) {
                rows.add("r" + (++n) + ",2023-0" + (i + 3) + "-10,Halbleiter Handel AG,DE,,," + buyer + ",RU,,,,US,,RU,854231,microcontrollers,1000,pcs,2,25000,air,,");
            }
        }
        Path csv = dir.resolve("shipments.csv");
        Files.write(csv, (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        Path owners = dir.resolve("owners.csv");
        Files.writeString(owners, "owner_id,asset_id,percentage\ntest:2,test:3,55\ntest:1,test:4,25\ntest:9,,50\n", StandardCharsets.UTF_8);
        file = OwnershipFile.read(owners);

        Entity parent = Entity.builder("test", "1").list("Test List").schema(Schema.ORGANIZATION).name("ALMAZ HOLDING CORPORATION", NameKind.PRIMARY)
                .country("RU").program("RUSSIA-EO14024").build();
        List<Entity> entities = List.of(parent, related("2", "KRASNAYA ZVEZDA INVEST"), related("3", "OOO PRIBOR TEKHNIKA"),
                related("4", "OOO ELEKTRON SERVIS"), related("5", "OOO KOLTSO ODIN"), related("6", "OOO KOLTSO DVA"));
        List<Ownership> relations = new ArrayList<>(List.of(new Ownership("test:own-a", "test:1", "test:2", 60.0, "shareholder"),
                new Ownership("test:own-b", "test:5", "test:6", 70.0, null), new Ownership("test:own-c", "test:6", "test:5", 70.0, null)));
        relations.addAll(file.relations());
        OwnershipBlocks blocks = OwnershipBlocks.compute(entities, relations, List.of("lists: 3 relations", "owners.csv: 3 rows read, 2 used, 1 rejected"));
        ListedIndex lists = ListedIndex.build(entities, blocks, ScorerV1.DEFAULT_THRESHOLD);
        Detector d = new Detector(lists, GoodsClassifier.standard(HsNomenclature.empty()), SanctionsPolicy.STANDARD, new NormalizedNameResolution(),
                DetectionSettings.DEFAULTS, List.of(new ListUsed("test", 1, null, "2026-01-01T00:00:00Z", entities.size())));
        out = dir.resolve("findings");
        d.run(csv, out, DetectionProgress.NONE);
        for (String l : Files.readAllLines(out.resolve("parties.jsonl"))) {
            JsonNode p = JSON.readTree(l);
            parties.put(p.get("name").asText(), p);
        }
    }

    private static List<String> rules(JsonNode party) {
        return StreamSupport.stream(party.get("red_flags").spliterator(), false).map(f -> f.get("rule").asText()).toList();
    }

    @Test
    void theUserFileIsCountedRowByRow() {
        assertThat(file.rows()).isEqualTo(3);
        assertThat(file.used()).isEqualTo(2);
        assertThat(file.rejected()).singleElement().hasToString("owners.csv:4: asset_id: empty");
    }

    @Test
    void aSubsidiaryOwnedThroughTwoLayersIsListedWithTheOwnershipPath() {
        JsonNode p = parties.get("OOO Pribor Tekhnika");
        assertThat(p.get("listed").asBoolean()).isTrue();
        JsonNode match = p.at("/list_matches/0");
        assertThat(match.get("entity_id").asText()).isEqualTo("test:3");
        assertThat(match.get("name").asText()).isEqualTo("OOO PRIBOR TEKHNIKA");
        assertThat(match.get("list").asText()).isEqualTo("Test List");
        assertThat(match.get("score").asDouble()).isBetween(0.88, 1.0);
        assertThat(rules(p)).contains("owned_by_listed").doesNotContain("listed_party", "possible_list_match");
        JsonNode flag = StreamSupport.stream(p.get("red_flags").spliterator(), false).filter(f -> f.get("rule").asText().equals("owned_by_listed"))
                .findFirst().orElseThrow();
        assertThat(flag.get("evidence")).isNotEmpty();
        assertThat(flag.get("detail").asText()).contains("test:3")
                .contains("owned 55% by KRASNAYA ZVEZDA INVEST (test:2, not itself listed), which is owned 60% by ALMAZ HOLDING CORPORATION (test:1, Test List, listed)");
        assertThat(p.get("explanation").asText()).contains("owned 55% by KRASNAYA ZVEZDA INVEST");
        assertThat(p.get("risk").asDouble()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aQuarterStakeOrACycleWithoutListedOwnersRaisesNothing() {
        for (String name : List.of("OOO Elektron Servis", "OOO Koltso Odin")) {
            JsonNode p = parties.get(name);
            assertThat(p.get("listed").asBoolean()).as(name).isFalse();
            assertThat(p.get("list_matches") == null || p.get("list_matches").isEmpty()).as(name + ": not a listed entity, not screened").isTrue();
            assertThat(rules(p)).as(name).doesNotContain("owned_by_listed", "listed_party");
        }
    }

    @Test
    void theGraphCarriesTheOwnershipPath() throws Exception {
        JsonNode cy = JSON.readTree(out.resolve("network.cyjs.json").toFile());
        List<JsonNode> edges = StreamSupport.stream(cy.at("/elements/edges").spliterator(), false).map(e -> e.get("data")).toList();
        List<String> ownership = edges.stream().filter(e -> e.get("relation").asText().equals("ownership"))
                .map(e -> e.get("source").asText() + ">" + e.get("target").asText() + " " + e.get("weight").asText()).toList();
        assertThat(ownership).containsExactlyInAnyOrder("test:1>test:2 60", "test:2>test:3 55");
        assertThat(Files.readString(out.resolve("network.graphml"))).contains("test:1").contains("ALMAZ HOLDING CORPORATION");
    }

    @Test
    void theSummaryDocumentsTheRule() throws Exception {
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.toString()).contains("owned_by_listed").contains("5 (lists: 3 relations; owners.csv: 3 rows read, 2 used, 1 rejected)")
                .contains("\"blocked_ofac\":\"2\"");
    }
}
