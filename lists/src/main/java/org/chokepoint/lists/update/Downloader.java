package org.chokepoint.lists.update;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Downloads the files of one source into a folder. A file is written under a temporary name and moved
 * into place only when complete, so a broken connection never leaves a truncated file that looks whole.
 */
public final class Downloader {
    private final HttpClient client;
    private final Duration timeout;

    public Downloader(Duration timeout) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout).build();
        this.timeout = timeout;
    }

    /** Fetches every file of the source into {@code dir}; throws with the failing URL on the first error. */
    public void fetch(Map<String, URI> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, URI> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            Path part = dir.resolve(f.getKey() + ".part");
            HttpRequest req = HttpRequest.newBuilder(f.getValue()).timeout(timeout)
                    .header("User-Agent", "chokepoint (sanctions list update)").GET().build();
            HttpResponse<Path> resp;
            try {
                resp = client.send(req, HttpResponse.BodyHandlers.ofFile(part));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while downloading " + f.getValue(), e);
            } catch (IOException e) {
                Files.deleteIfExists(part);
                throw new IOException("cannot download " + f.getValue() + ": " + e.getMessage(), e);
            }
            if (resp.statusCode() != 200) {
                Files.deleteIfExists(part);
                throw new IOException("cannot download " + f.getValue() + ": HTTP " + resp.statusCode());
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
