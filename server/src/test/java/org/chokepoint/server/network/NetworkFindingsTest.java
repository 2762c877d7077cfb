package org.chokepoint.server.network;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.server.DeskFixture;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.FindingsException;
import org.chokepoint.server.findings.FindingsReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The network files of the sample findings (a Chinese and a US chip seller, a UAE hub and a Kyrgyz forwarder
 * supplying a listed Russian buyer): reading and joining them, a party's neighbourhood under a size cap, and
 * the flows through hub countries, whose figures follow from the sample's trade by hand.
 */
class NetworkFindingsTest {
    static Findings findings;
    static NetworkFindings net;

    @BeforeAll
    static void read() throws Exception {
        findings = FindingsReader.read(DeskFixture.sampleFindings());
        net = NetworkReader.read(findings);
    }

    @Test
    void readsAndJoinsNodesToPartiesCommunitiesAndTiers() {
        assertThat(net.present()).isTrue();
        assertThat(net.scope()).isEqualTo("whole graph");
        assertThat(net.nodes()).hasSize(10);
        NetNode sky = net.nodeOfParty("p-sky");
        assertThat(sky.label()).isEqualTo("Sky Electronics FZE");
        assertThat(sky.community()).isEqualTo(1);
        assertThat(net.nodeOfParty("p-cargo").community()).isEqualTo(2);
        assertThat(net.nodes().get("ofac-sdn:1001").listedEntity()).isTrue();
        assertThat(net.edgesOf(sky.key())).filteredOn(NetEdge::trade).filteredOn(e -> e.source().equals(sky.key()))
                .extracting(NetEdge::concern).containsExactlyInAnyOrder("1", "2");
        assertThat(net.concernLabel("4.B")).startsWith("Tier 4.B");
        assertThat(net.pathsOf("p-sky")).hasSize(1);
        assertThat(net.pathsOf("p-almaz")).hasSize(2);
        assertThat(net.candidates()).first().satisfies(c -> assertThat(c.path("party").path("party_id").asText()).isEqualTo("p-sky"));
        assertThat(net.hubs()).contains("AE", "KG", "CN").doesNotContain("RU", "DE");
        assertThat(net.sanctioned()).contains("RU", "BY").doesNotContain("AE");
    }

    @Test
    void findingsWithoutNetworkFilesHaveNone(@TempDir Path dir) throws Exception {
        Files.copy(DeskFixture.sampleFindings().resolve("parties.jsonl"), dir.resolve("parties.jsonl"));
        NetworkFindings none = NetworkReader.read(FindingsReader.read(dir));
        assertThat(none.present()).isFalse();
        assertThat(none.nodes()).isEmpty();
        assertThatThrownBy(() -> PartyNeighbourhood.around(none, "p-sky", 2, 100)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no network files");
    }

    @Test
    void malformedGraphIsRefusedWithFileAndField(@TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.list(DeskFixture.sampleFindings())) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.writeString(dir.resolve(NetworkReader.GRAPH), "{\"elements\":{\"nodes\":[{\"data\":{\"id\":\"p0\"}}],\"edges\":[{\"data\":{\"source\":\"p0\",\"target\":\"p9\"}}]}}");
        assertThatThrownBy(() -> NetworkReader.read(FindingsReader.read(dir))).isInstanceOf(FindingsException.class)
                .hasMessageContaining("network.cyjs.json").hasMessageContaining("edge 1").hasMessageContaining("p9");
    }

    @Test
    void neighbourhoodCutKeepsCentrePathsAndListedFirstAndCountsWhatItLeftOut() {
        PartyNeighbourhood all = PartyNeighbourhood.around(net, "p-sky", 3, 100);
        assertThat(all.cut()).isFalse();
        assertThat(all.nodes()).first().isEqualTo(net.nodeOfParty("p-sky"));
        // Every edge joins two kept nodes.
        List<String> keys = all.nodes().stream().map(NetNode::key).toList();
        assertThat(all.edges()).allSatisfy(e -> assertThat(keys).contains(e.source(), e.target()));

        PartyNeighbourhood one = PartyNeighbourhood.around(net, "p-sky", 1, 100);
        // Direct partners: Shenzhen, Almaz, Mikron, Furniture; plus the US maker on its supply path beyond one link.
        assertThat(one.nodes()).extracting(NetNode::partyId).contains("p-shenzhen", "p-almaz", "p-mikron", "p-furniture", "p-ti");
        assertThat(one.distance().get(net.nodeOfParty("p-ti").key())).isEqualTo(2);
        assertThat(one.pathKeys()).contains(net.nodeOfParty("p-ti").key(), net.nodeOfParty("p-almaz").key());

        PartyNeighbourhood cut = PartyNeighbourhood.around(net, "p-sky", 3, 5);
        assertThat(cut.nodes()).hasSize(5);
        assertThat(cut.total()).isEqualTo(all.total());
        assertThat(cut.cut()).isTrue();
        // The centre and its path (US maker, Shenzhen, Sky, Almaz) survive the cut, then the listed Mikron before anyone unlisted.
        assertThat(cut.nodes()).extracting(NetNode::partyId).containsExactly("p-sky", "p-ti", "p-shenzhen", "p-almaz", "p-mikron");
    }

    @Test
    void flowsThroughHubsFollowFromTheTradeByHand() {
        List<HubFlows.Route> routes = HubFlows.routes(net, HubFlows.Measure.CONCERN);
        // Sky (AE) bought $400k from CN and sold $410k to RU: $400k through. Shenzhen (CN) bought $300k from the US and sold
        // $400k + $30k to AE: $300k. Kyrgyz Cargo bought $120k from DE and sold $100k to RU: $100k. Global Furniture (AE)
        // sold no goods of concern, so carries nothing.
        assertThat(routes).extracting(r -> r.origin() + ">" + r.hub() + ">" + r.destination()).containsExactly("CN>AE>RU", "US>CN>AE", "DE>KG>RU");
        assertThat(routes.get(0).valueUsd()).isCloseTo(400_000, within(0.01));
        assertThat(routes.get(1).valueUsd()).isCloseTo(300_000, within(0.01));
        assertThat(routes.get(2).valueUsd()).isCloseTo(100_000, within(0.01));
        assertThat(HubFlows.byHub(routes)).containsEntry("AE", 400_000.0).containsKeys("CN", "KG");

        List<HubFlows.Route> cnc = HubFlows.routes(net, HubFlows.Measure.parse("4.B"));
        assertThat(cnc).extracting(HubFlows.Route::hub).containsExactly("KG");
        // Every value: Global Furniture's $20k of furniture to RU now counts against its $30k of components from CN.
        assertThat(HubFlows.routes(net, HubFlows.Measure.ALL)).anySatisfy(r -> {
            assertThat(r.origin() + ">" + r.hub() + ">" + r.destination()).isEqualTo("CN>AE>RU");
            assertThat(r.valueUsd()).isCloseTo(420_000, within(0.01));
            assertThat(r.hubParties()).isEqualTo(2);
        });

        List<HubFlows.Carrier> carriers = HubFlows.carriers(net, "CN", "AE", "RU", HubFlows.Measure.CONCERN);
        assertThat(carriers).singleElement().satisfies(c -> {
            assertThat(c.party().partyId()).isEqualTo("p-sky");
            assertThat(c.suppliers()).extracting(l -> l.party().partyId()).containsExactly("p-shenzhen");
            assertThat(c.buyers()).extracting(l -> l.party().partyId()).containsExactly("p-almaz", "p-mikron");
        });
    }

    @Test
    void pathsCarryTheirSalesAsDetectWroteThem() {
        JsonNode best = net.pathsOf("p-almaz").getFirst();
        assertThat(best.path("bottleneck_usd").asDouble()).isEqualTo(300_000);
        assertThat(best.path("sales")).hasSize(3);
    }

    @Test
    void cacheKeepsTheNetworkWhileTheFindingsComeFromOneDirectory(@TempDir Path other) throws Exception {
        NetworkCache cache = new NetworkCache();
        NetworkFindings first = cache.of(findings);
        // A re-screen serves new findings of the same run: same directory, same network.
        Findings merged = new Findings(findings.directory(), findings.parties(), findings.shipments(), findings.summary());
        assertThat(cache.of(merged)).isSameAs(first);
        try (Stream<Path> files = Files.list(DeskFixture.sampleFindings())) {
            for (Path f : files.toList()) Files.copy(f, other.resolve(f.getFileName()));
        }
        assertThat(cache.of(FindingsReader.read(other))).isNotSameAs(first);
        assertThat(cache.of(Findings.none()).present()).isFalse();
    }

    @Test
    void withoutTheIndexPartiesAreJoinedByNameAndCountry(@TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.list(DeskFixture.sampleFindings())) {
            for (Path f : files.toList()) if (!f.getFileName().toString().equals(NetworkReader.INDEX)) Files.copy(f, dir.resolve(f.getFileName()));
        }
        NetworkFindings older = NetworkReader.read(FindingsReader.read(dir));
        assertThat(older.nodeOfParty("p-sky").key()).isEqualTo(net.nodeOfParty("p-sky").key());
        assertThat(older.edges()).filteredOn(NetEdge::trade).allSatisfy(e -> assertThat(e.concern()).isNull());
        assertThat(PartyNeighbourhood.around(older, "p-sky", 3, 100).nodes()).hasSize(10);
    }
}
