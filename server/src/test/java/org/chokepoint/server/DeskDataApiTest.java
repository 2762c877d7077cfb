package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.dataset.ShipmentDatasets;
import org.chokepoint.trade.generate.GeneratorSettings;
import org.chokepoint.trade.generate.ScenarioGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.server.DeskFixture.ok;

/**
 * The desk's data jobs over HTTP: shipment uploads with per-row rejections, a detection job whose findings
 * the desk then serves, the counterparty register, and re-screening with decision memory. The shipments
 * are the first 500 records of a small synthetic scenario generated on the fixture's lists.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskDataApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    @TempDir
    static Path scenario;
    static DeskFixture desk;
    static String shipments;

    @BeforeAll
    static void start() throws Exception {
        desk = new DeskFixture(dir);
        ScenarioGenerator.generate(desk.desk.lists().currentEntities(), new GeneratorSettings(1000, 7, GeneratorSettings.DEFAULT_START, GeneratorSettings.DEFAULT_END),
                scenario, null);
        // The generator's smallest scenario is 1,000 records; the first 500 are plenty here.
        List<String> lines = Files.readAllLines(scenario.resolve("shipments.csv"));
        shipments = String.join("\n", lines.subList(0, 501)) + "\n";
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    /** The scenario with line 3 given a bad date and line 5 an empty importer. */
    private static String withBadRows() {
        String[] lines = shipments.split("\n", -1);
        List<String> header = List.of(lines[0].split(","));
        lines[2] = replaceField(lines[2], header.indexOf("date"), "2023-13-45");
        lines[4] = replaceField(lines[4], header.indexOf("importer_name"), "");
        return String.join("\n", lines);
    }

    private static String replaceField(String line, int index, String value) {
        List<String> f = new ArrayList<>(List.of(line.split(",", -1)));
        f.set(index, value);
        return String.join(",", f);
    }

    @Test
    @Order(1)
    void uploadStoresRowsAndReportsRejectsWithLineAndField() throws Exception {
        JsonNode r = ok(desk.post("/api/v1/datasets?name=march", Role.ANALYST, "text/csv", withBadRows()), 201);
        assertThat(r.path("records_read").asLong()).isEqualTo(500);
        assertThat(r.path("stored").asLong() + r.path("rejected").asLong()).isEqualTo(r.path("records_read").asLong());
        assertThat(r.path("rejected").asLong()).isEqualTo(2);
        assertThat(r.path("rejections").get(0).path("line").asLong()).isEqualTo(3);
        assertThat(r.path("rejections").get(0).path("field").asText()).isEqualTo("date");
        assertThat(r.path("rejections").get(1).path("line").asLong()).isEqualTo(5);
        assertThat(r.path("rejections").get(1).path("field").asText()).isEqualTo("importer_name");
        assertThat(r.path("rejections").get(1).path("reason").asText()).isNotBlank();

        JsonNode one = ok(desk.get("/api/v1/datasets/march", Role.VIEWER), 200);
        assertThat(one.path("stored").asLong()).isEqualTo(498);
        assertThat(one.path("rejections")).hasSize(2);
        assertThat(ok(desk.get("/api/v1/datasets", Role.VIEWER), 200).path("datasets").findValuesAsText("name")).contains("march");
        JsonNode audit = ok(desk.get("/api/v1/audit?action=dataset.upload", Role.ADMIN), 200);
        assertThat(audit.path("entries").get(0).path("actor").asText()).isEqualTo("analyst");
        assertThat(audit.path("entries").get(0).path("detail").asText()).contains("500 rows read, 498 stored, 2 rejected");
    }

    @Test
    @Order(2)
    void multipartUploadWorksToo() throws Exception {
        String boundary = "cpboundary42";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nclean\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clean.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + shipments + "\r\n--" + boundary + "--\r\n";
        JsonNode r = ok(desk.post("/api/v1/datasets", Role.ANALYST, "multipart/form-data; boundary=" + boundary, body), 201);
        assertThat(r.path("name").asText()).isEqualTo("clean");
        assertThat(r.path("stored").asLong()).isEqualTo(500);
        assertThat(r.path("rejected").asLong()).isZero();
    }

    @Test
    @Order(3)
    void badUploadsAreRefusedWithTheReason() throws Exception {
        assertThat(ok(desk.post("/api/v1/datasets?name=../etc", Role.ANALYST, "text/csv", shipments), 400).path("error").asText()).contains("dataset name");
        assertThat(ok(desk.post("/api/v1/datasets", Role.ANALYST, "text/csv", shipments), 400).path("error").asText()).contains("name is required");
        assertThat(ok(desk.post("/api/v1/datasets?name=empty", Role.ANALYST, "text/csv", ""), 400).path("error").asText()).contains("empty");
        JsonNode noRows = ok(desk.post("/api/v1/datasets?name=junk", Role.ANALYST, "text/csv", "hello,world\n1,2\n"), 400);
        assertThat(noRows.path("error").asText()).isNotBlank();
        assertThat(ok(desk.get("/api/v1/datasets", Role.VIEWER), 200).path("datasets").findValuesAsText("name")).doesNotContain("junk", "empty");
        assertThat(desk.get("/api/v1/datasets/nope", Role.VIEWER).statusCode()).isEqualTo(404);
        assertThat(desk.post("/api/v1/datasets?name=x", Role.VIEWER, "text/csv", shipments).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(8)
    void aRefusedUploadGetsItsAnswerAndTheConnectionStaysUsable() throws Exception {
        // The guard refuses before the handler reads the body. A server that answered and closed with megabytes still
        // unread would reset the connection under a client still sending, which then sees no answer at all.
        String big = shipments.repeat(Math.max(1, (3 << 20) / shipments.length()));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> res = desk.post("/api/v1/datasets?name=x" + i, Role.VIEWER, "text/csv", big);
            assertThat(res.statusCode()).as(res.body()).isEqualTo(403);
            assertThat(JSON.readTree(res.body()).path("error").asText()).contains("analyst role");
            HttpResponse<String> anonymous = desk.http.send(HttpRequest.newBuilder(desk.uri("/api/v1/datasets?name=y" + i)).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        }
        assertThat(ok(desk.get("/api/v1/datasets", Role.VIEWER), 200).path("datasets").findValuesAsText("name")).doesNotContain("x0", "y0");
    }

    @Test
    @Order(9)
    void aChunkedUploadOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
        // No Content-Length: the guard cannot refuse it in advance, so the copy to disk stops at the limit.
        long size = ShipmentDatasets.MAX_UPLOAD_BYTES + 1;
        var body = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        });
        HttpResponse<String> res = desk.http.send(HttpRequest.newBuilder(desk.uri("/api/v1/datasets?name=huge")).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + desk.tokens.get(Role.ANALYST)).POST(body).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(413);
        assertThat(JSON.readTree(res.body()).path("error").asText()).contains("larger than 50 MB").contains("chokepoint shipments load");
        // The server closed that connection (the body was left unread) and said so: the next requests must not fail on it.
        assertThat(res.headers().firstValue("Connection")).hasValue("close");
        for (int i = 0; i < 3; i++) {
            assertThat(ok(desk.get("/api/v1/datasets", Role.VIEWER), 200).path("datasets").findValuesAsText("name")).doesNotContain("huge");
        }
    }

    @Test
    @Order(4)
    void detectionJobRunsInTheBackgroundAndItsFindingsAreServed() throws Exception {
        assertThat(desk.postJson("/api/v1/datasets/nope/detections", Role.ANALYST, "{}").statusCode()).isEqualTo(404);
        JsonNode queued = ok(desk.postJson("/api/v1/datasets/march/detections", Role.ANALYST, "{}"), 202);
        long id = queued.path("id").asLong();
        assertThat(queued.path("status").asText()).isIn("queued", "running");
        // A second job while the first has not finished is refused: one job at a time.
        HttpResponse<String> second = desk.postJson("/api/v1/datasets/clean/detections", Role.ANALYST, "{}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(second.body()).contains("one detection job runs at a time");

        var job = desk.desk.detections().await(id, 300);
        JsonNode done = ok(desk.get("/api/v1/detections/" + id, Role.VIEWER), 200);
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.path("counts").path("records_read").asLong()).isEqualTo(500);
        assertThat(done.path("counts").path("valid").asLong() + done.path("counts").path("rejected").asLong()).isEqualTo(500);
        assertThat(done.path("counts").path("parties").asLong()).isPositive();

        JsonNode findings = ok(desk.get("/api/v1/findings", Role.VIEWER), 200);
        assertThat(findings.path("directory").asText()).isEqualTo(Path.of(job.findingsDir()).toAbsolutePath().toString());
        assertThat(findings.path("parties").asLong()).isEqualTo(done.path("counts").path("parties").asLong());
        JsonNode alerts = ok(desk.get("/api/v1/alerts?status=all&limit=1000", Role.VIEWER), 200);
        assertThat(alerts.path("total").asInt()).isEqualTo(done.path("counts").path("alerts").asInt());
        assertThat(alerts.path("alerts").findValuesAsText("alert_id")).doesNotContain("p-almaz");
        assertThat(ok(desk.get("/api/v1/audit?action=detect.", Role.ADMIN), 200).path("entries").findValuesAsText("action")).contains("detect.start", "detect.done");
        assertThat(desk.get("/api/v1/detections/999", Role.VIEWER).statusCode()).isEqualTo(404);
        assertThat(ok(desk.get("/api/v1/detections", Role.VIEWER), 200).path("jobs").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(ok(desk.get("/api/v1/detections/x", Role.VIEWER), 404).path("error").asText()).contains("not a number");
        JsonNode doc = ok(desk.get("/api/openapi.json", Role.VIEWER), 200).path("paths");
        assertThat(doc.path("/api/v1/datasets/{name}/detections").path("post").path("responses").has("202")).isTrue();
        assertThat(doc.path("/api/v1/datasets/{name}/detections").path("post").path("responses").has("409")).isTrue();
        assertThat(doc.path("/api/v1/datasets").path("post").path("x-required-role").asText()).isEqualTo("analyst");
    }

    @Test
    @Order(5)
    void registerUploadRejectsBadRowsAndScreensTheRest() throws Exception {
        String csv = "id,name,country,type,identifier\nC1,Mikron Components LLC,RU,organization,\nC2,Harmless Bakery Ltd,GB,,\n"
                + "C3,,DE,,\nC4,Someone,Russia,,\nC1,Duplicate,RU,,\n";
        JsonNode r = ok(desk.post("/api/v1/counterparties", Role.ANALYST, "text/csv", csv), 201);
        assertThat(r.path("read").asLong()).isEqualTo(5);
        assertThat(r.path("stored").asLong()).isEqualTo(2);
        assertThat(r.path("rejected").asLong()).isEqualTo(3);
        assertThat(r.path("rejections").findValuesAsText("field")).containsExactly("name", "country", "id");
        assertThat(r.path("rejections").findValues("line")).extracting(JsonNode::asLong).containsExactly(4L, 5L, 6L);
        assertThat(r.path("rescreen").path("counterparties_screened").asInt()).isEqualTo(2);
        assertThat(r.path("rescreen").path("hits").asInt()).isPositive();
        JsonNode alert = ok(desk.get("/api/v1/alerts/cp:C1", Role.VIEWER), 200);
        assertThat(alert.path("status").asText()).isEqualTo("open");
        assertThat(alert.toString()).contains("ofac-sdn:1002");
        assertThat(desk.get("/api/v1/alerts/cp:C2", Role.VIEWER).statusCode()).isEqualTo(404);
        assertThat(ok(desk.get("/api/v1/counterparties", Role.VIEWER), 200).path("counterparties")).hasSize(2);

        assertThat(ok(desk.post("/api/v1/counterparties", Role.ANALYST, "text/csv", "name,country\nX,RU\n"), 400).path("error").asText())
                .contains("line 1").contains("'id'");
        assertThat(ok(desk.post("/api/v1/counterparties", Role.ANALYST, "text/csv", "id,name\n1,\n"), 400).path("error").asText())
                .contains("no valid row").contains(":2 [name]");
        assertThat(ok(desk.get("/api/v1/counterparties", Role.VIEWER), 200).path("counterparties")).as("a failed upload keeps the register").hasSize(2);
    }

    @Test
    @Order(6)
    void falsePositiveStaysClearedOnRescreenUntilTheListRecordChanges() throws Exception {
        ok(desk.postJson("/api/v1/alerts/cp:C1/decisions", Role.ANALYST, "{\"decision\":\"false_positive\",\"reason\":\"our Mikron is a Czech bakery supplier\"}"), 201);
        JsonNode again = ok(desk.postJson("/api/v1/rescreen", Role.ANALYST, "{\"reason\":\"weekly\"}"), 200);
        assertThat(again.path("new_hits").asInt()).isZero();
        assertThat(again.path("kept_cleared").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(ok(desk.get("/api/v1/alerts/cp:C1", Role.VIEWER), 200).path("status").asText()).isEqualTo("cleared");

        // A new snapshot where Mikron's record changes: the same hit reopens the alert.
        ListLoad base = DeskFixture.load(true);
        List<Entity> changed = new ArrayList<>();
        for (Entity e : base.entities()) {
            changed.add(!e.id().equals("ofac-sdn:1002") ? e : Entity.builder("ofac-sdn", "1002").list("OFAC SDN").schema(Schema.ORGANIZATION)
                    .name("MIKRON COMPONENTS LLC", NameKind.PRIMARY).name("OOO MIKRON KOMPONENTY", NameKind.AKA).program("RUSSIA-EO14024")
                    .program("CYBER2").country("RU").build());
        }
        synchronized (desk.desk.lists()) {
            desk.store.save(new ListLoad("ofac-sdn", changed, List.of(), List.of(), List.of(), List.of(), null, changed.size()), "test fixture v3", 0);
        }
        desk.desk.lists().reload();
        JsonNode after = ok(desk.postJson("/api/v1/rescreen", Role.ANALYST, "{}"), 200);
        assertThat(after.path("reopened").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode alert = ok(desk.get("/api/v1/alerts/cp:C1", Role.VIEWER), 200);
        assertThat(alert.path("status").asText()).isEqualTo("reopened");
        assertThat(alert.path("status_reason").asText()).contains("ofac-sdn:1002").contains("changed");
        JsonNode audit = ok(desk.get("/api/v1/audit?action=rescreen", Role.ADMIN), 200);
        assertThat(audit.path("entries").get(0).path("detail").asText()).contains("1 reopened");
    }

    @Test
    @Order(7)
    void rescreenNeedsAnAnalyst() throws Exception {
        assertThat(desk.postJson("/api/v1/rescreen", Role.VIEWER, "{}").statusCode()).isEqualTo(403);
        HttpRequest anonymous = HttpRequest.newBuilder(desk.uri("/api/v1/counterparties")).POST(HttpRequest.BodyPublishers.ofString("id,name\n1,x\n", StandardCharsets.UTF_8)).build();
        assertThat(desk.http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(8)
    void dataPageUploadsWithTheSessionAndShowsRejects() throws Exception {
        var session = desk.desk.users().startSession("analyst");
        HttpResponse<String> page = desk.http.send(HttpRequest.newBuilder(desk.uri("/data")).header("Cookie", "cp_session=" + session.id()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Shipment datasets").contains("march").contains("Counterparty register").contains("Run detection");
        assertThat(page.body()).as("the lists update is for admins").doesNotContain("/data/lists-update");
        String boundary = "cpb7";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + session.csrf() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\npaged\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + withBadRows() + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> res = desk.http.send(HttpRequest.newBuilder(desk.uri("/data/datasets")).header("Cookie", "cp_session=" + session.id())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(res.body()).contains("Dataset paged stored: 500 rows read, 498 stored, 2 rejected").contains("Rejected rows").contains("importer_name");
    }
}
