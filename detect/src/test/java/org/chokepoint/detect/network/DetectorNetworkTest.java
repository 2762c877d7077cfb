package org.chokepoint.detect.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.detect.DetectionProgress;
import org.chokepoint.detect.DetectionSettings;
import org.chokepoint.detect.Detector;
import org.chokepoint.detect.ListUsed;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.party.NormalizedNameResolution;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsNomenclature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A detector run on a small evasion network: producers in Germany and the US sell chips to a hub in the UAE,
 * which passes them on to a listed Russian buyer; a small trader sells it a little directly; ordinary trade
 * among EU firms around it. The network files written next to the findings are parsed and checked.
 */
class DetectorNetworkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "record_id,date,exporter_name,exporter_country,exporter_address,exporter_id,importer_name,importer_country,"
            + "importer_address,importer_id,manufacturer,origin_country,dispatch_country,destination_country,hs_code,description,quantity,unit,"
            + "net_weight_kg,value_usd,transport_mode,carrier,vessel_imo";
    private static final String HUB = "Gulf Star Trading FZE", LISTED = "OOO Vektor Plus";

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void run() throws Exception {
        List<String> rows = new ArrayList<>();
        int[] n = {0};
        java.util.function.Consumer<String> add = r -> rows.add("t" + (++n[0]) + "," + r);
        for (int i = 0; i < 24; i++) add.accept(LocalDate.of(2021, 1, 5).plusDays(30L * i) + ",Halbleiter Handel AG,DE,,,Composants Dupont SARL,FR,,,,US,,FR,854231,microcontrollers,1000,pcs,2,25000,road,,");
        for (int i = 0; i < 12; i++) add.accept(LocalDate.of(2021, 2, 1).plusDays(60L * i) + ",Maschinenbau Schmidt GmbH,DE,,,Usinage Martin SARL,FR,,,,DE,,FR,846693,parts of lathes,1,pcs,50,5000,road,,");
        for (int i = 0; i < 4; i++) add.accept(LocalDate.of(2023, 1, 10).plusDays(20L * i) + ",Chipwerk Dresden GmbH,DE,,,Gulf Star Trading FZE,AE,,,,DE,,AE,854231,microcontrollers,1000,pcs,2,40000,air,,");
        for (int i = 0; i < 3; i++) add.accept(LocalDate.of(2023, 1, 15).plusDays(25L * i) + ",Lone Star Semiconductors Inc,US,,,Gulf Star Trading FZE,AE,,,,US,,AE,854231,processors,500,pcs,1,30000,air,,");
        for (int i = 0; i < 6; i++) add.accept(LocalDate.of(2023, 2, 1).plusDays(20L * i) + ",Gulf Star Trading FZE,AE,,,OOO Vektor Plus,RU,,,,US,,RU,854231,electronic components,1000,pcs,2,60000,air,,");
        add.accept("2023-05-01,Small Parts Trading LLC,AE,,,OOO Vektor Plus,RU,,,,CN,,RU,854231,electronic components,100,pcs,1,5000,air,,");
        // Two Russian buyers declaring one INN: a shared-identifier edge.
        add.accept("2023-04-01,Bright Way Ltd,HK,,,Alfa Komponent LLC,RU,,7707083893,,CN,,RU,853221,capacitors,5000,pcs,3,9000,air,,");
        add.accept("2023-04-02,Bright Way Ltd,HK,,,Beta Elektronika LLC,RU,,INN 7707083893,,CN,,RU,853221,capacitors,5000,pcs,3,9000,air,,");
        Path csv = dir.resolve("shipments.csv");
        Files.write(csv, (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));

        Entity vektor = Entity.builder("test", "1").list("Test List").schema(Schema.ORGANIZATION)
                .name("OOO VEKTOR PLUS", NameKind.PRIMARY).country("RU").build();
        Entity other = Entity.builder("test", "2").list("Test List").schema(Schema.ORGANIZATION).name("ROSTEKH STATE CORPORATION", NameKind.PRIMARY).country("RU").build();
        Detector d = new Detector(ListedIndex.build(List.of(vektor, other)), GoodsClassifier.standard(HsNomenclature.empty()), SanctionsPolicy.STANDARD,
                new NormalizedNameResolution(), DetectionSettings.DEFAULTS, List.of(new ListUsed("test", 1, null, "2026-01-01T00:00:00Z", 2)));
        out = dir.resolve("findings");
        d.run(csv, out, DetectionProgress.NONE);
    }

    private static List<JsonNode> lines(String file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : Files.readAllLines(out.resolve(file))) nodes.add(JSON.readTree(l));
        return nodes;
    }

    private static List<String> names(JsonNode parties) {
        return StreamSupport.stream(parties.spliterator(), false).map(p -> p.get("name").asText()).toList();
    }

    @Test
    void graphExportsParseAndHoldTheListedEntity() throws Exception {
        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        Document graphml = xml.newDocumentBuilder().parse(out.resolve("network.graphml").toFile());
        Document gexf = xml.newDocumentBuilder().parse(out.resolve("network.gexf").toFile());
        JsonNode cy = JSON.readTree(out.resolve("network.cyjs.json").toFile());
        int nodes = cy.at("/elements/nodes").size();
        // 12 parties and the one listed entity the buyer matched.
        assertThat(nodes).isEqualTo(13);
        assertThat(graphml.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(nodes);
        assertThat(gexf.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(nodes);
        List<JsonNode> edges = StreamSupport.stream(cy.at("/elements/edges").spliterator(), false).map(e -> e.get("data")).toList();
        assertThat(edges).anySatisfy(e -> {
            assertThat(e.get("relation").asText()).isEqualTo("list_match");
            assertThat(e.get("target").asText()).isEqualTo("test:1");
        });
        assertThat(edges).filteredOn(e -> e.get("relation").asText().equals("shared_identifier"))
                .as("both ways, keyed by the number whatever the prefix").hasSize(2)
                .allSatisfy(e -> assertThat(e.get("detail").asText()).isEqualTo("7707083893"));
    }

    @Test
    void supplyPathRunsFromProducerThroughHubToListedBuyer() throws IOException {
        List<JsonNode> paths = lines(TradeNetwork.SUPPLY_PATHS);
        assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(p.at("/end_user/name").asText()).isEqualTo(LISTED));
        JsonNode best = paths.getFirst();
        assertThat(names(best.get("parties"))).containsExactly("Chipwerk Dresden GmbH", HUB, LISTED);
        assertThat(best.get("sales")).hasSize(2);
        assertThat(best.at("/sales/0/value_usd").asDouble()).isEqualTo(160_000);
        assertThat(best.at("/sales/1/hs6/0").asText()).isEqualTo("854231");
        assertThat(best.get("bottleneck_usd").asDouble()).isEqualTo(160_000);
        assertThat(paths).anySatisfy(p -> assertThat(names(p.get("parties"))).containsExactly("Lone Star Semiconductors Inc", HUB, LISTED));
    }

    @Test
    void communityHoldsTheHubAndTheListedBuyer() throws IOException {
        JsonNode c = JSON.readTree(out.resolve(TradeNetwork.COMMUNITIES).toFile());
        assertThat(c.get("format").asText()).isEqualTo(CommunityReport.FORMAT);
        JsonNode withListed = StreamSupport.stream(c.get("items").spliterator(), false)
                .filter(i -> names(i.get("listed_members")).contains(LISTED)).findFirst().orElseThrow();
        assertThat(names(withListed.get("members"))).contains(HUB, LISTED);
        assertThat(names(withListed.get("members"))).doesNotContain("Usinage Martin SARL");
        assertThat(withListed.get("chpl_value_usd").asDouble()).isPositive().isLessThanOrEqualTo(withListed.get("value_usd").asDouble());
        assertThat(withListed.get("top_risk").asDouble()).isPositive();
    }

    @Test
    void designationCandidatesPutTheHubFirst() throws IOException {
        List<JsonNode> candidates = lines(TradeNetwork.CANDIDATES);
        assertThat(candidates).extracting(c -> c.at("/party/name").asText())
                .startsWith(HUB).contains("Chipwerk Dresden GmbH", "Small Parts Trading LLC")
                .doesNotContain(LISTED, "Composants Dupont SARL");
        JsonNode hub = candidates.getFirst();
        assertThat(hub.get("hops_to_listed").asInt()).isEqualTo(1);
        assertThat(hub.get("chpl_to_listed_usd").asDouble()).isEqualTo(360_000);
        assertThat(hub.get("same_goods_suppliers").asInt()).isEqualTo(2);
        assertThat(hub.get("explanation").asText())
                .contains("$360k of goods of concern", "Tier 1", "6 shipments", "listed " + LISTED, "2 suppliers in Germany and United States");
        assertThat(hub.get("risk_explanation").asText()).isNotBlank();
        JsonNode producer = candidates.stream().filter(c -> c.at("/party/name").asText().equals("Chipwerk Dresden GmbH")).findFirst().orElseThrow();
        assertThat(producer.get("hops_to_listed").asInt()).isEqualTo(2);
        assertThat(producer.get("explanation").asText()).contains("to " + HUB + " (AE), which sells to listed " + LISTED);
        assertThat(producer.get("route")).hasSize(3);
    }

    @Test
    void indexJoinsGraphNodesToPartiesAndTiersToTradeEdges() throws Exception {
        JsonNode index = JSON.readTree(out.resolve("network_index.json").toFile());
        assertThat(index.get("format").asText()).isEqualTo("chokepoint-network-index/1");
        assertThat(index.get("export_scope").asText()).isEqualTo("whole graph");
        JsonNode cy = JSON.readTree(out.resolve("network.cyjs.json").toFile());
        java.util.Map<String, String> labelOf = new java.util.HashMap<>();
        for (JsonNode n : cy.at("/elements/nodes")) labelOf.put(n.at("/data/id").asText(), n.at("/data/label").asText());
        java.util.Map<String, String> nameOf = new java.util.HashMap<>();
        for (JsonNode p : lines("parties.jsonl")) nameOf.put(p.get("party_id").asText(), p.get("name").asText());
        // Every party node of the export, and only those, maps to the party of parties.jsonl with its name.
        assertThat(index.get("parties").size()).isEqualTo(12);
        index.get("parties").fields().forEachRemaining(e -> assertThat(nameOf.get(e.getValue().asText())).isEqualTo(labelOf.get(e.getKey())));
        String hubKey = null, listedKey = null;
        for (var e : labelOf.entrySet()) {
            if (e.getValue().equals(HUB)) hubKey = e.getKey();
            if (e.getValue().equals(LISTED)) listedKey = e.getKey();
        }
        String hub = hubKey, listed = listedKey;
        // Microcontrollers (HS 854231) are CHPL Tier 1, parts of lathes (HS 846693) Tier 4.B.
        assertThat(index.get("trade_concern")).anySatisfy(t -> {
            assertThat(t.get("seller").asText()).isEqualTo(hub);
            assertThat(t.get("buyer").asText()).isEqualTo(listed);
            assertThat(t.get("concern").asText()).isEqualTo("1");
        });
        assertThat(index.at("/concern_labels/1").asText()).startsWith("Tier 1");
        assertThat(index.get("trade_concern")).anySatisfy(t -> {
            assertThat(labelOf.get(t.get("buyer").asText())).isEqualTo("Usinage Martin SARL");
            assertThat(t.get("concern").asText()).isEqualTo("4.B");
        });
    }
}
