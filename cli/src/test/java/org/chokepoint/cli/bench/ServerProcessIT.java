package org.chokepoint.cli.bench;

import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The desk in a child JVM that {@code bench serve} loads: it answers with the token it was given, on a copy of the lists. */
class ServerProcessIT {
    @TempDir
    Path data;

    @Test
    void servesTheCopiedListsToTheIssuedTokenAndLeavesNothingBehind() throws Exception {
        Entity almaz = Entity.builder("ofac-sdn", "1001").list("OFAC SDN").schema(Schema.ORGANIZATION)
                .name("ALMAZ-ANTEY AIR AND SPACE DEFENSE CORPORATION JSC", NameKind.PRIMARY).program("RUSSIA-EO14024").build();
        try (SnapshotStore store = SnapshotStore.open(data)) {
            store.save(new ListLoad("ofac-sdn", List.of(almaz), List.of(), List.of(), List.of(), List.of(), null, 1), "test", 0);
        }
        long listsBefore = Files.size(data.resolve(SnapshotStore.FILE_NAME));
        HttpClient http = HttpClient.newHttpClient();
        long pid;
        try (ServerProcess server = ServerProcess.start(data, "256m", List.of())) {
            pid = server.pid();
            var screen = HttpRequest.newBuilder(server.base().resolve("/api/v1/screen")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Almaz Antey Air and Space Defence Corporation\"}"));
            HttpResponse<String> ok = http.send(screen.copy().header("Authorization", "Bearer " + server.token()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            assertThat(ok.body()).contains("ofac-sdn:1001");
            HttpResponse<String> anonymous = http.send(screen.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        // The user's data directory got neither a desk database nor a changed store.
        assertThat(data.resolve("desk.duckdb")).doesNotExist();
        assertThat(Files.size(data.resolve(SnapshotStore.FILE_NAME))).isEqualTo(listsBefore);
    }

    @Test
    void aDirectoryWithoutListsIsRefusedBeforeAnythingStarts(@TempDir Path empty) {
        assertThatThrownBy(() -> ServerProcess.start(empty, "256m", List.of())).isInstanceOf(IOException.class)
                .hasMessageContaining("no lists in").hasMessageContaining("lists update");
    }
}
