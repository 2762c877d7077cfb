package org.chokepoint.lists.update;

import com.sun.net.httpserver.HttpServer;
import org.chokepoint.lists.store.SnapshotStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Downloading lists from their publishers, against a publisher played by a server on loopback. */
class ListUpdaterDownloadTest {
    private static final String SDN = "1,\"GOOD TRADING LLC\",-0- ,\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Tax ID No. 7702070139 (Russia).\"\r\n"
            + "2,\"SECOND COMPANY\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\r\n";
    private static final String ALT = "1,10,\"aka\",\"GOOD TRADING\",-0-\r\n";

    private HttpServer server;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    @TempDir
    Path data;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SourceCatalog catalog() {
        Properties p = new Properties();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        p.setProperty("ofac-sdn.url.sdn.csv", base + "/sdn.csv");
        p.setProperty("ofac-sdn.url.alt.csv", base + "/alt.csv");
        return SourceCatalog.of(p, "test");
    }

    @Test
    void downloadsEachFileAndLoadsTheSourceFromThem() throws Exception {
        files.put("/sdn.csv", SDN.getBytes(StandardCharsets.UTF_8));
        files.put("/alt.csv", ALT.getBytes(StandardCharsets.UTF_8));
        try (SnapshotStore store = SnapshotStore.open(data)) {
            var update = new ListUpdater(store, ListUpdater.DEFAULT_MIN_SHARE)
                    .fromPublishers(catalog(), new Downloader(Duration.ofSeconds(5)), data.resolve("downloads"), s -> {});
            assertThat(update.allOk()).as(update.toString()).isTrue();
            assertThat(update.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.source()).isEqualTo("ofac-sdn");
                assertThat(o.snapshot().entities()).isEqualTo(2);
                assertThat(o.snapshot().origin()).contains("/sdn.csv").contains("/alt.csv");
            });
            assertThat(store.currentEntities().get(0).aliases()).extracting(n -> n.value()).containsExactly("GOOD TRADING");
            assertThat(data.resolve("downloads/ofac-sdn/sdn.csv")).exists();
            assertThat(Files.list(data.resolve("downloads/ofac-sdn")).map(Path::toString)).noneMatch(f -> f.endsWith(".part"));
        }
    }

    @Test
    void aFailedDownloadKeepsThePreviousSnapshotAndSaysWhichUrl() throws Exception {
        files.put("/sdn.csv", SDN.getBytes(StandardCharsets.UTF_8));
        files.put("/alt.csv", ALT.getBytes(StandardCharsets.UTF_8));
        try (SnapshotStore store = SnapshotStore.open(data)) {
            ListUpdater updater = new ListUpdater(store, ListUpdater.DEFAULT_MIN_SHARE);
            long first = updater.fromPublishers(catalog(), new Downloader(Duration.ofSeconds(5)), data.resolve("d1"), s -> {})
                    .outcomes().get(0).snapshot().id();
            files.remove("/alt.csv");
            var update = updater.fromPublishers(catalog(), new Downloader(Duration.ofSeconds(5)), data.resolve("d2"), s -> {});
            assertThat(update.allOk()).isFalse();
            assertThat(update.outcomes().get(0).error()).contains("/alt.csv").contains("HTTP 404").contains("previous snapshot stays current");
            assertThat(store.current("ofac-sdn")).get().extracting(s -> s.id()).isEqualTo(first);
        }
    }

    @Test
    void theCatalogRejectsKeysItDoesNotKnow() {
        Properties p = new Properties();
        p.setProperty("ofac-sdn.ur.sdn.csv", "https://example.org/sdn.csv");
        assertThatThrownBy(() -> SourceCatalog.of(p, "sources.properties")).hasMessageContaining("unknown key 'ofac-sdn.ur.sdn.csv'");
        Properties q = new Properties();
        q.setProperty("ofac-sdn.url.sdn.csv", "ftp://example.org/sdn.csv");
        assertThatThrownBy(() -> SourceCatalog.of(q, "sources.properties")).hasMessageContaining("not an http(s) URL");
    }

    @Test
    void theShippedCatalogNamesTheOfficialPublishers() throws Exception {
        Map<String, Map<String, URI>> urls = SourceCatalog.load(data).urls();
        assertThat(urls).containsKeys("ofac-sdn", "us-csl", "un-sc", "opensanctions");
        assertThat(urls.get("ofac-sdn")).containsKeys("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
        assertThat(urls.get("un-sc").get("consolidated.xml").getHost()).isEqualTo("scsanctions.un.org");
    }
}
