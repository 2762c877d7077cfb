package org.chokepoint.server;

import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.findings.FindingsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings from an older detect, without network files: the API says so, the explorer falls back to shared records, flows say why they are empty. */
class NetworkWithoutFilesTest {
    @Test
    void olderFindingsStillServeTheNetworkPages(@TempDir Path data, @TempDir Path findings) throws Exception {
        for (String f : new String[] {"parties.jsonl", "shipments.jsonl", "summary.json"}) Files.copy(DeskFixture.sampleFindings().resolve(f), findings.resolve(f));
        SnapshotStore store = SnapshotStore.open(data);
        store.save(DeskFixture.load(false), "test", 0);
        // The desk closes the lists' store.
        try (Desk desk = new Desk(new ListsView(store, data, null), FindingsReader.read(findings), DeskDatabase.open(data));
             DeskServer server = new DeskServer(desk).start("127.0.0.1", 0)) {
            desk.users().create("test", "viewer", "Viewer", Role.VIEWER, "correct horse battery".toCharArray());
            String token = desk.users().issueToken("test", "viewer", "tests");
            String cookie = "cp_session=" + desk.users().startSession("viewer").id();
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + server.port());
            HttpResponse<String> summary = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/network")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(summary.body()).contains("\"present\":false");
            HttpResponse<String> party = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/network/parties/p-sky")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(party.statusCode()).isEqualTo(404);
            assertThat(party.body()).contains("no network files");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/network?party=p-sky")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Parties linked by shared shipment records").contains("/api/v1/parties/p-sky/network");
            HttpResponse<String> flows = http.send(HttpRequest.newBuilder(base.resolve("/flows")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(flows.body()).contains("no network files");
        }
    }
}
