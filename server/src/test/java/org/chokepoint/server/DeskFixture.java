package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.findings.FindingsReader;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk on a temporary data directory: a small OFAC-like list (two snapshots, so diffs and history have
 * something to show), the sample findings of test resources, one user and API token per role, and the
 * server on a free port. Close it to stop everything.
 */
public final class DeskFixture implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery";
    public final Path dataDir;
    public final SnapshotStore store;
    public final Desk desk;
    public final DeskServer server;
    public final Map<Role, String> tokens = new EnumMap<>(Role.class);
    public final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public DeskFixture(Path dataDir) throws Exception {
        this.dataDir = dataDir;
        store = SnapshotStore.open(dataDir);
        store.save(load(false), "test fixture v1", 0);
        store.save(load(true), "test fixture v2", 0);
        ListsView lists = new ListsView(store, dataDir, null);
        desk = new Desk(lists, FindingsReader.read(sampleFindings()), DeskDatabase.open(dataDir));
        for (Role r : Role.values()) {
            desk.users().create("test", r.label(), "Test " + r.label(), r, PASSWORD.toCharArray());
            tokens.put(r, desk.users().issueToken("test", r.label(), "tests"));
        }
        server = new DeskServer(desk).start("127.0.0.1", 0);
    }

    public static Path sampleFindings() throws URISyntaxException {
        return Path.of(DeskFixture.class.getResource("/org/chokepoint/server/findings/sample/parties.jsonl").toURI()).getParent();
    }

    /** The test list. {@code second}: the later snapshot, where entity 1003 is added and 1002 gains an alias. */
    public static ListLoad load(boolean second) {
        Entity almaz = Entity.builder("ofac-sdn", "1001").list("OFAC SDN").schema(Schema.ORGANIZATION)
                .name("ALMAZ-ANTEY AIR AND SPACE DEFENSE CORPORATION JSC", NameKind.PRIMARY).name("АО Концерн ВКО Алмаз-Антей", NameKind.AKA)
                .name("JSC CONCERN VKO ALMAZ-ANTEY", NameKind.AKA).program("RUSSIA-EO14024").program("UKRAINE-EO13661")
                .identifier(Identifier.of(IdentifierType.INN, "7731084175", "RU", "Tax ID No."))
                .address(new Address("41 ul. Vereiskaya", "Moscow", "121471", null, "RU", "Russia")).remarks("Defense conglomerate.").build();
        var mikron = Entity.builder("ofac-sdn", "1002").list("OFAC SDN").schema(Schema.ORGANIZATION)
                .name("MIKRON COMPONENTS LLC", NameKind.PRIMARY).program("RUSSIA-EO14024").country("RU");
        if (second) mikron.name("OOO MIKRON KOMPONENTY", NameKind.AKA);
        List<Entity> all = new java.util.ArrayList<>(List.of(almaz, mikron.build(),
                Entity.builder("ofac-sdn", "1004").list("OFAC SDN").schema(Schema.VESSEL).name("OCEAN SHADOW", NameKind.PRIMARY)
                        .identifier(Identifier.of(IdentifierType.IMO, "9253325", null, "IMO")).program("IRAN").build()));
        if (second) all.add(Entity.builder("ofac-sdn", "1003").list("OFAC SDN").schema(Schema.ORGANIZATION).name("SKY HIGH TRADING FZE", NameKind.PRIMARY)
                .country("AE").program("RUSSIA-EO14024").build());
        return new ListLoad("ofac-sdn", all, List.of(), List.of(), List.of(), List.of(), null, all.size());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> get(String path, Role role) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (role != null) b.header("Authorization", "Bearer " + tokens.get(role));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Role role, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
        if (role != null) b.header("Authorization", "Bearer " + tokens.get(role));
        // Each POST on a connection of its own: the JDK client re-sends only idempotent requests when a pooled
        // keep-alive connection turns out closed by the server meanwhile (legal HTTP, which browsers retry), so a POST
        // that drew such a connection failed with "header parser received no bytes" (once in CI, session 14) before
        // the server saw it.
        try (HttpClient once = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return once.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    public HttpResponse<String> postJson(String path, Role role, String json) throws IOException, InterruptedException {
        return post(path, role, "application/json", json);
    }

    /**
     * A JSON POST that asks the server before sending its body ({@code Expect: 100-continue}), as clients of large
     * bodies do: a refusal then arrives before the body is sent. Without it a refusal made on the Content-Length races
     * the client's writing of the body, and the client may see the connection closed instead of the answer.
     */
    public HttpResponse<String> postJsonAskingFirst(String path, Role role, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).expectContinue(true).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (role != null) b.header("Authorization", "Bearer " + tokens.get(role));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        server.close();
        desk.close();
    }

    /** For tests that want a fresh directory of their own. */
    public static Path tempDir() throws IOException {
        return Files.createTempDirectory("cp-desk-test");
    }

    /** The body of a response as JSON, after checking its status (the body is the failure's description). */
    public static JsonNode ok(HttpResponse<String> res, int status) throws IOException {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        return JSON.readTree(res.body());
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
