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
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.server.DeskFixture.ok;

/** What each API endpoint answers, over HTTP against the fixture desk. */
class ApiTest {
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

    @Test
    void screenExplainsMatchesAcrossScripts() throws Exception {
        JsonNode r = ok(desk.postJson("/api/v1/screen", Role.VIEWER, "{\"name\":\"АО Концерн ВКО Алмаз-Антей\",\"country\":\"RU\"}"), 200);
        assertThat(r.path("matches").get(0).path("entity_id").asText()).isEqualTo("ofac-sdn:1001");
        assertThat(r.path("matches").get(0).path("score").asDouble()).isBetween(0.8, 1.0);
        assertThat(r.path("matches").get(0).path("features")).isNotEmpty();
        assertThat(r.path("matches").get(0).path("explanation").asText()).isNotBlank();
    }

    @Test
    void screenRejectsBadInputWithTheField() throws Exception {
        assertThat(desk.postJson("/api/v1/screen", Role.VIEWER, "{\"country\":\"RU\"}").body()).contains("field name is required");
        assertThat(desk.postJson("/api/v1/screen", Role.VIEWER, "{\"name\":\"x\",\"limit\":500}").body()).contains("limit");
        assertThat(desk.postJson("/api/v1/screen", Role.VIEWER, "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void batchKeepsInputOrderAndReportsBadRows() throws Exception {
        HttpResponse<String> res = desk.post("/api/v1/screen/batch", Role.ANALYST, "text/csv",
                "id,name,country\nq1,Almaz-Antey Air and Space Defense Corporation,RU\nq2,Nobody Known Ltd,GB\n,no id,\nq4,,RU\n");
        assertThat(res.statusCode()).isEqualTo(200);
        String[] lines = res.body().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(JSON.readTree(lines[0]).path("id").asText()).isEqualTo("q1");
        assertThat(JSON.readTree(lines[0]).path("matches").get(0).path("entity_id").asText()).isEqualTo("ofac-sdn:1001");
        assertThat(JSON.readTree(lines[1]).path("matches")).isEmpty();
        assertThat(JSON.readTree(lines[2]).path("error").asText()).contains("line 4").contains("empty id");
        assertThat(JSON.readTree(lines[3]).path("error").asText()).contains("line 5").contains("nothing to screen");
        assertThat(desk.post("/api/v1/screen/batch", Role.ANALYST, "text/csv", "name\nx\n").body()).contains("no 'id' column");
    }

    @Test
    void entitiesSearchGetAndHistory() throws Exception {
        JsonNode s = ok(desk.get("/api/v1/entities?q=mikron%20components", Role.VIEWER), 200);
        assertThat(s.path("results").get(0).path("id").asText()).isEqualTo("ofac-sdn:1002");
        JsonNode e = ok(desk.get("/api/v1/entities/ofac-sdn:1001", Role.VIEWER), 200);
        assertThat(e.path("identifiers").get(0).path("value").asText()).isEqualTo("7731084175");
        assertThat(e.path("current").asBoolean()).isTrue();
        JsonNode h = ok(desk.get("/api/v1/entities/ofac-sdn:1002/history", Role.VIEWER), 200);
        assertThat(h.path("versions")).hasSize(2);
        assertThat(h.path("versions").get(1).path("changes").get(0).path("field").asText()).isEqualTo("aliases");
        assertThat(desk.get("/api/v1/entities/ofac-sdn:999999", Role.VIEWER).statusCode()).isEqualTo(404);
    }

    @Test
    void listsStatusSnapshotsAndDiff() throws Exception {
        JsonNode l = ok(desk.get("/api/v1/lists", Role.VIEWER), 200);
        assertThat(l.path("lists").get(0).path("source").asText()).isEqualTo("ofac-sdn");
        assertThat(l.path("lists").get(0).path("entities").asInt()).isEqualTo(4);
        assertThat(ok(desk.get("/api/v1/lists/ofac-sdn/snapshots", Role.VIEWER), 200).path("snapshots")).hasSize(2);
        JsonNode d = ok(desk.get("/api/v1/lists/ofac-sdn/diff", Role.VIEWER), 200);
        assertThat(d.path("added_count").asInt()).isEqualTo(1);
        assertThat(d.path("changed_count").asInt()).isEqualTo(1);
        assertThat(d.path("added").get(0).path("id").asText()).isEqualTo("ofac-sdn:1003");
        assertThat(desk.get("/api/v1/lists/ofac-sdn/diff?from=abc", Role.VIEWER).statusCode()).isEqualTo(400);
        assertThat(desk.get("/api/v1/lists/no-such-list/diff", Role.VIEWER).statusCode()).isEqualTo(404);
    }

    @Test
    void partiesRankedWithEvidenceAndNetwork() throws Exception {
        JsonNode p = ok(desk.get("/api/v1/parties?limit=3", Role.VIEWER), 200);
        assertThat(p.path("total").asInt()).isEqualTo(8);
        assertThat(p.path("parties")).hasSize(3);
        assertThat(p.path("parties").get(0).path("rank").asInt()).isEqualTo(1);
        JsonNode one = ok(desk.get("/api/v1/parties/p-sky", Role.VIEWER), 200);
        assertThat(one.path("flagged_shipments")).extracting(n -> n.path("record_id").asText()).containsExactly("r1", "r2", "r3");
        JsonNode g = ok(desk.get("/api/v1/parties/p-sky/network", Role.VIEWER), 200);
        Set<String> ids = new HashSet<>();
        g.path("nodes").forEach(n -> ids.add(n.path("id").asText()));
        assertThat(ids).contains("p-sky", "p-almaz", "p-shenzhen", "p-furniture", "ofac-sdn:1001");
        assertThat(ok(desk.get("/api/v1/findings", Role.VIEWER), 200).path("summary").path("records_read").asInt()).isEqualTo(7);
    }

    @Test
    void alertsDecisionsAndFilters() throws Exception {
        JsonNode all = ok(desk.get("/api/v1/alerts?status=all", Role.VIEWER), 200);
        assertThat(all.path("total").asInt()).as("parties with a list match or a red flag").isEqualTo(5);
        JsonNode listed = ok(desk.get("/api/v1/alerts?status=all&listed=true", Role.VIEWER), 200);
        assertThat(listed.path("total").asInt()).isEqualTo(2);
        JsonNode d = ok(desk.postJson("/api/v1/alerts/p-furniture/decisions", Role.ANALYST, "{\"decision\":\"true_match\",\"reason\":\"FPGA buyer, no furniture\"}"), 201);
        assertThat(d.path("alert_status").asText()).isEqualTo("confirmed");
        assertThat(ok(desk.get("/api/v1/alerts/p-furniture", Role.VIEWER), 200).path("decisions")).hasSize(1);
        assertThat(desk.postJson("/api/v1/alerts/p-furniture/decisions", Role.ANALYST, "{\"decision\":\"maybe\",\"reason\":\"x y z\"}").body()).contains("decision must be one of");
        assertThat(desk.postJson("/api/v1/alerts/p-furniture/decisions", Role.ANALYST, "{\"decision\":\"escalate\"}").statusCode()).isEqualTo(400);
        assertThat(desk.postJson("/api/v1/alerts/p-ti/decisions", Role.ANALYST, "{\"decision\":\"escalate\",\"reason\":\"why not\"}").statusCode()).isEqualTo(404);
        JsonNode audit = ok(desk.get("/api/v1/audit?action=decision.", Role.ADMIN), 200);
        assertThat(audit.path("entries").get(0).path("reason").asText()).isEqualTo("FPGA buyer, no furniture");
        assertThat(audit.path("entries").get(0).path("actor").asText()).isEqualTo("analyst");
    }

    @Test
    void casesOpenAndGrow() throws Exception {
        JsonNode c = ok(desk.postJson("/api/v1/cases", Role.ANALYST, "{\"title\":\"UAE chips to Almaz\",\"party_ids\":[\"p-sky\",\"p-almaz\"],\"note\":\"start\"}"), 201);
        long id = c.path("case_id").asLong();
        ok(desk.postJson("/api/v1/cases/" + id + "/notes", Role.ANALYST, "{\"note\":\"reported to compliance\",\"status\":\"closed\"}"), 201);
        JsonNode got = ok(desk.get("/api/v1/cases/" + id, Role.VIEWER), 200);
        assertThat(got.path("status").asText()).isEqualTo("closed");
        assertThat(got.path("events")).hasSize(2);
        assertThat(desk.postJson("/api/v1/cases", Role.ANALYST, "{\"title\":\"x\",\"party_ids\":[\"nobody\"]}").statusCode()).isEqualTo(404);
        assertThat(ok(desk.get("/api/v1/cases", Role.VIEWER), 200).path("cases").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void tokensUsersAndMe() throws Exception {
        String token = ok(desk.postJson("/api/v1/tokens", Role.VIEWER, "{\"label\":\"script\"}"), 201).path("token").asText();
        assertThat(token).hasSize(43);
        assertThat(desk.desk.users().forToken(token)).hasValueSatisfying(u -> assertThat(u.username()).isEqualTo("viewer"));
        assertThat(ok(desk.get("/api/v1/me", Role.ANALYST), 200).path("role").asText()).isEqualTo("analyst");
        ok(desk.postJson("/api/v1/users", Role.ADMIN, "{\"username\":\"newbie\",\"role\":\"viewer\",\"password\":\"a long enough password\"}"), 201);
        assertThat(desk.postJson("/api/v1/users", Role.ADMIN, "{\"username\":\"Bad Name\",\"role\":\"viewer\",\"password\":\"a long enough password\"}").statusCode()).isEqualTo(400);
        assertThat(ok(desk.get("/api/v1/users", Role.ADMIN), 200).path("users").toString()).contains("newbie").doesNotContain("pbkdf2");
    }

    @Test
    void openApiListsEveryApiRoute() throws Exception {
        JsonNode doc = ok(desk.get("/api/openapi.json", Role.VIEWER), 200);
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        for (Route r : desk.server.routes()) {
            if (r.kind() != Route.Kind.API) continue;
            assertThat(doc.path("paths").path(r.path()).has(r.method().name().toLowerCase())).as(r.method() + " " + r.path()).isTrue();
        }
    }

    @Test
    void pagesEscapeWhatTheyShow() throws Exception {
        var session = desk.desk.users().startSession("viewer");
        var req = java.net.http.HttpRequest.newBuilder(desk.uri("/screen?name=%3Cscript%3Ealert(1)%3C%2Fscript%3E")).header("Cookie", "cp_session=" + session.id()).build();
        HttpResponse<String> res = desk.http.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
