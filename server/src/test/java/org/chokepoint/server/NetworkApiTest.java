package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.server.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The network endpoints over HTTP against the fixture desk, whose sample findings carry network files. */
class NetworkApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void start() throws Exception {
        desk = new DeskFixture(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> res = desk.get(path, Role.VIEWER);
        assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    @Test
    void summaryNamesScopeCountsHubsAndTiers() throws Exception {
        JsonNode s = ok("/api/v1/network");
        assertThat(s.path("present").asBoolean()).isTrue();
        assertThat(s.path("export_scope").asText()).isEqualTo("whole graph");
        assertThat(s.path("nodes").asInt()).isEqualTo(10);
        assertThat(s.path("supply_paths").asInt()).isEqualTo(2);
        assertThat(s.path("designation_candidates").asInt()).isEqualTo(3);
        assertThat(s.path("goods_tiers").path("1").asText()).startsWith("Tier 1");
        assertThat(s.path("hubs").findValuesAsText("code")).contains("AE", "KG");
    }

    @Test
    void neighbourhoodSaysShownOfTotalAndCarriesFlagsTiersAndPaths() throws Exception {
        JsonNode n = ok("/api/v1/network/parties/p-sky?hops=3&max_nodes=10");
        assertThat(n.path("shown").asInt()).isEqualTo(n.path("nodes").size()).isEqualTo(10);
        assertThat(n.path("total").asInt()).isEqualTo(10);
        JsonNode centre = n.path("nodes").get(0);
        assertThat(centre.path("party_id").asText()).isEqualTo("p-sky");
        assertThat(centre.path("red_flags").findValuesAsText("title")).contains("Transshipment through a hub");
        assertThat(n.path("edges")).anySatisfy(e -> {
            assertThat(e.path("relation").asText()).isEqualTo("trade");
            assertThat(e.path("concern_label").asText()).startsWith("Tier 1");
        });
        assertThat(n.path("paths")).singleElement().satisfies(p -> assertThat(p.path("keys")).hasSize(4));
        assertThat(n.path("nodes")).anySatisfy(v -> {
            assertThat(v.path("kind").asText()).isEqualTo("listed_entity");
            assertThat(v.path("listed").asBoolean()).isTrue();
        });

        JsonNode small = ok("/api/v1/network/parties/p-almaz?hops=1&max_nodes=10");
        assertThat(small.path("shown").asInt()).isLessThanOrEqualTo(small.path("total").asInt());
        assertThat(desk.get("/api/v1/network/parties/p-sky?max_nodes=5000", Role.VIEWER).statusCode()).isEqualTo(400);
        assertThat(desk.get("/api/v1/network/parties/nobody", Role.VIEWER).statusCode()).isEqualTo(404);
    }

    @Test
    void pathsCandidatesCommunities() throws Exception {
        assertThat(ok("/api/v1/network/parties/p-almaz/paths").path("paths")).hasSize(2);
        JsonNode c = ok("/api/v1/network/candidates?limit=2");
        assertThat(c.path("total").asInt()).isEqualTo(3);
        assertThat(c.path("candidates")).hasSize(2);
        assertThat(c.path("candidates").get(0).path("explanation").asText()).contains("Tier 1");
        assertThat(ok("/api/v1/network/communities").path("communities").get(0).path("size").asInt()).isEqualTo(5);
    }

    @Test
    void flowsAndOneRouteWithItsTraders() throws Exception {
        JsonNode f = ok("/api/v1/network/flows");
        assertThat(f.path("routes").get(0).path("origin").asText()).isEqualTo("CN");
        assertThat(f.path("routes").get(0).path("hub").asText()).isEqualTo("AE");
        assertThat(f.path("routes").get(0).path("value_usd").asDouble()).isEqualTo(400_000);
        assertThat(ok("/api/v1/network/flows?measure=4.B").path("routes")).singleElement()
                .satisfies(r -> assertThat(r.path("hub").asText()).isEqualTo("KG"));
        JsonNode r = ok("/api/v1/network/flows/route?origin=CN&hub=AE&destination=RU");
        assertThat(r.path("hub_parties").get(0).path("party_id").asText()).isEqualTo("p-sky");
        assertThat(r.path("hub_parties").get(0).path("buyers").findValuesAsText("party_id")).containsExactly("p-almaz", "p-mikron");
        assertThat(desk.get("/api/v1/network/flows/route?origin=China&hub=AE&destination=RU", Role.VIEWER).body()).contains("origin");
    }

    @Test
    void everyNetworkRouteIsInTheOpenApiDocument() throws Exception {
        JsonNode doc = ok("/api/openapi.json");
        for (String p : new String[] {"/api/v1/network", "/api/v1/network/parties/{id}", "/api/v1/network/parties/{id}/paths", "/api/v1/network/candidates",
                "/api/v1/network/communities", "/api/v1/network/flows", "/api/v1/network/flows/route"}) {
            assertThat(doc.path("paths").path(p).path("get").path("x-required-role").asText()).as(p).isEqualTo("viewer");
        }
    }

    private static String page(String path) throws Exception {
        var session = desk.desk.users().startSession("viewer");
        var req = java.net.http.HttpRequest.newBuilder(desk.uri(path)).header("Cookie", "cp_session=" + session.id()).build();
        HttpResponse<String> res = desk.http.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
        return res.body();
    }

    @Test
    void pagesRenderTheFiguresWithoutTheScript() throws Exception {
        assertThat(page("/network?party=p-sky&hops=1&max_nodes=40")).contains("Sky Electronics FZE").contains("Showing 6 of 6 nodes")
                .contains("Texas Instruments Inc").contains("Tier 1 (integrated circuits)");
        assertThat(page("/network/candidates")).contains("Kyrgyz Logistic Cargo").contains("buys the same goods from 1 supplier in Germany")
                .contains("Route: <a href=\"/parties/p-shenzhen\">Shenzhen Bright Semiconductor Co</a>");
        assertThat(page("/flows")).contains("China").contains("United Arab Emirates").contains("$400k");
        assertThat(page("/flows?through=KG")).contains("Only routes through Kyrgyzstan").contains("Germany").doesNotContain("United States");
        assertThat(page("/flows?to=sanctioned")).contains("Kyrgyzstan").doesNotContain("data-route=\"US-CN-AE\"");
        assertThat(page("/flows?measure=concern&origin=CN&hub=AE&destination=RU")).contains("Traders on the route").contains("Sky Electronics FZE")
                .contains("Shenzhen Bright Semiconductor Co");
    }

    @Test
    void aPartyPageSaysWhenThePartyIsADesignationCandidate() throws Exception {
        assertThat(page("/parties/p-sky")).contains("Designation candidate #1 of 3").contains("href=\"/network/candidates\"");
        // A listed end user is no candidate: the callout is for unlisted intermediaries only.
        assertThat(page("/parties/p-almaz")).doesNotContain("Designation candidate");
    }
}
