package org.chokepoint.detect.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.rank.FlagSummary;
import org.chokepoint.detect.rank.TradeProfile;
import org.chokepoint.detect.watchlist.ListedHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TradeNetwork} on a hand-made {@code trade} table in an in-memory DuckDB: a chain of 40 parties
 * selling to one another, the last one listed, one flagged party in the middle, and three parties declaring
 * one address. Checks the counts, the export limits and the shared-address limit.
 */
class TradeNetworkTest {
    private static final int N = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;
    Connection conn;
    List<Party> parties = new ArrayList<>();
    List<RankedParty> ranked = new ArrayList<>();

    @BeforeEach
    void tradeTable() throws Exception {
        conn = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE trade (idx BIGINT, day INTEGER, seller INTEGER, buyer INTEGER, hs6 VARCHAR, concern BOOLEAN, tier VARCHAR, value DOUBLE)");
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO trade VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long idx = 0;
            for (int i = 0; i + 1 < N; i++) {
                for (int k = 0; k < 2; k++) { // two shipments per pair: one edge each
                    ps.setLong(1, idx++);
                    ps.setInt(2, 19_500 + i + k);
                    ps.setInt(3, i);
                    ps.setInt(4, i + 1);
                    ps.setString(5, k == 0 ? "854231" : "940360");
                    ps.setBoolean(6, k == 0);
                    ps.setString(7, k == 0 ? "1" : null);
                    ps.setDouble(8, 1000 + i);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        for (int i = 0; i < N; i++) {
            List<ListedHit> hits = i == N - 1 ? List.of(new ListedHit("test:1", "Test List", "LISTED END USER", "LISTED END USER", 0.97, "name")) : List.of();
            List<String> addresses = i < 3 ? List.of("Office 5, Business Bay Tower, Dubai") : List.of();
            Party p = new Party(i, "party-" + i, List.of("Party " + i), "AE", List.of(), addresses, hits, !hits.isEmpty());
            parties.add(p);
            List<FlagSummary> flags = i == 20 ? List.of(new FlagSummary("transshipment_hub", "hub", 0.5, 1, "detail", List.of("r1"))) : List.of();
            double risk = i == N - 1 ? 1 : i == 20 ? 0.5 : 0;
            ranked.add(new RankedParty(0, p, risk, flags, TradeProfile.EMPTY, "explanation of " + i, 2));
        }
        ranked.sort(java.util.Comparator.comparingDouble(RankedParty::risk).reversed().thenComparingInt(r -> r.party().number()));
        for (int i = 0; i < ranked.size(); i++) {
            RankedParty r = ranked.get(i);
            ranked.set(i, new RankedParty(i + 1, r.party(), r.risk(), r.flags(), r.trade(), r.explanation(), r.records()));
        }
    }

    @AfterEach
    void close() throws Exception {
        conn.close();
    }

    @Test
    void analysisWritesNothingAndItsFilesAreThoseOfOneCall() throws Exception {
        TradeNetwork analysis = TradeNetwork.analyse(conn, parties, ranked, NetworkSettings.DEFAULTS, null);
        try (var files = Files.list(out)) {
            assertThat(files).as("the analysis alone writes no file").isEmpty();
        }
        Path split = Files.createDirectory(out.resolve("split")), once = Files.createDirectory(out.resolve("once"));
        NetworkSummary s = analysis.write(split);
        TradeNetwork.write(conn, parties, ranked, once);
        assertThat(s.files()).hasSize(7);
        for (String f : s.files()) assertThat(Files.readString(split.resolve(f))).as(f).isEqualTo(Files.readString(once.resolve(f)));
        assertThat(s.stages()).containsKeys("graph", "communities", "designation candidates", "export scope", "write files");
    }

    @Test
    void countsOneEdgePerTradingPairAndWritesEveryFile() throws Exception {
        NetworkSummary s = TradeNetwork.write(conn, parties, ranked, out);
        assertThat(s.nodes()).isEqualTo(N + 1);
        assertThat(s.tradeEdges()).isEqualTo(N - 1);
        // trade, one list match, and the three parties sharing an address linked pairwise both ways
        assertThat(s.edges()).isEqualTo(N - 1 + 1 + 6);
        assertThat(s.wholeGraphExported()).isTrue();
        assertThat(s.exportedNodes()).isEqualTo(s.nodes());
        assertThat(s.endUsers()).isEqualTo(1);
        assertThat(s.candidates()).as("within 3 hops of the listed party").isEqualTo(3);
        assertThat(s.files()).containsExactly("network.graphml", "network.gexf", "network.cyjs.json", NetworkIndex.FILE,
                TradeNetwork.COMMUNITIES, TradeNetwork.SUPPLY_PATHS, TradeNetwork.CANDIDATES);
        for (String f : s.files()) assertThat(out.resolve(f)).isNotEmptyFile();
        assertThat(out.resolve("network.graphml.part")).doesNotExist();
        JsonNode path = JSON.readTree(Files.readAllLines(out.resolve(TradeNetwork.SUPPLY_PATHS)).getFirst());
        assertThat(path.get("hops").asInt()).as("the chain back as far as the default 3 sales").isEqualTo(NetworkSettings.DEFAULTS.pathHops());
        assertThat(path.at("/sales/0/hs6")).hasSize(2);
        assertThat(path.at("/sales/0/concern").asText()).startsWith("Tier 1");
        assertThat(path.at("/sales/0/chpl_value_usd").asDouble()).isLessThan(path.at("/sales/0/value_usd").asDouble());
    }

    @Test
    void bigGraphIsExportedAroundListedAndFlaggedPartiesWithinTheLimits() throws Exception {
        NetworkSettings small = new NetworkSettings(EnumSet.of(GraphFormat.CYTOSCAPE), 4, 10, 3, 8, 1000, 20, 200);
        NetworkSummary s = TradeNetwork.write(conn, parties, ranked, out, small);
        assertThat(s.wholeGraphExported()).isFalse();
        // The listed party, its entity, the flagged party, and their direct neighbours: 6 of the 8 allowed.
        assertThat(s.exportedNodes()).isEqualTo(6);
        assertThat(s.files()).doesNotContain("network.graphml", "network.gexf");
        JsonNode cy = JSON.readTree(out.resolve("network.cyjs.json").toFile());
        List<String> ids = new ArrayList<>();
        for (JsonNode n : cy.at("/elements/nodes")) ids.add(n.at("/data/id").asText());
        assertThat(ids).containsExactlyInAnyOrder("p39", "test:1", "p20", "p38", "p19", "p21");
        JsonNode c = JSON.readTree(out.resolve(TradeNetwork.COMMUNITIES).toFile());
        assertThat(c.at("/graph/export_scope").asText()).isEqualTo("around listed and flagged parties");

        NetworkSettings four = new NetworkSettings(EnumSet.of(GraphFormat.CYTOSCAPE), 4, 10, 3, 4, 1000, 20, 200);
        TradeNetwork.write(conn, parties, ranked, out, four);
        List<String> first = new ArrayList<>();
        for (JsonNode n : JSON.readTree(out.resolve("network.cyjs.json").toFile()).at("/elements/nodes")) first.add(n.at("/data/id").asText());
        assertThat(first).as("seeds before neighbours").containsExactlyInAnyOrder("p39", "test:1", "p20", "p38");

        NetworkSettings fewEdges = new NetworkSettings(Set.of(GraphFormat.GRAPHML), 4, 10, 3, 8, 3, 20, 200);
        NetworkSummary e = TradeNetwork.write(conn, parties, ranked, out, fewEdges);
        assertThat(e.exportedEdges()).isLessThanOrEqualTo(3);

        // Six nodes hold four edges, over three: the limit halves to four, and the export is the four nodes above (a
        // smaller limit takes the first nodes of the same sequence, whose edges ExportScope counts once for every limit).
        NetworkSettings halved = new NetworkSettings(EnumSet.of(GraphFormat.CYTOSCAPE), 4, 10, 3, 8, 3, 20, 200);
        NetworkSummary h = TradeNetwork.write(conn, parties, ranked, out, halved);
        List<String> kept = new ArrayList<>();
        for (JsonNode n : JSON.readTree(out.resolve("network.cyjs.json").toFile()).at("/elements/nodes")) kept.add(n.at("/data/id").asText());
        assertThat(kept).containsExactlyInAnyOrderElementsOf(first);
        assertThat(h.exportedEdges()).isEqualTo(2);
    }

    @Test
    void anAddressDeclaredByTooManyPartiesLinksNone() throws Exception {
        NetworkSettings two = new NetworkSettings(Set.of(), 4, 10, 3, 5000, 50_000, 2, 200);
        NetworkSummary s = TradeNetwork.write(conn, parties, ranked, out, two);
        assertThat(s.edges()).isEqualTo(N - 1 + 1);
        assertThat(s.files()).doesNotContain("network.graphml");
    }
}
