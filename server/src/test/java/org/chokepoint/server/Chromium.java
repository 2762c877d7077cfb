package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium from the system (Debian's {@code chromium} package; never downloaded), driven over
 * the Chrome DevTools Protocol with the JDK's HTTP client and WebSocket: navigate, evaluate JavaScript,
 * wait for a condition, take a screenshot. Enough for the desk's browser tests, nothing more.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    /** The browser binary, if the machine has one. */
    static Optional<Path> binary() {
        String env = System.getenv("CHROMIUM");
        for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (c != null && Files.isExecutable(Path.of(c))) return Optional.of(Path.of(c));
        }
        return Optional.empty();
    }

    Chromium(Path binary, int width, int height) throws Exception {
        profile = Files.createTempDirectory("cp-chromium");
        process = new ProcessBuilder(List.of(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "about:blank")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserWs = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (String line; browserWs == null && System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) browserWs = m.group(1);
        }
        if (browserWs == null) throw new IOException("chromium did not start its DevTools endpoint");
        Thread drain = new Thread(() -> err.lines().forEach(l -> {}), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI base = URI.create(browserWs.replace("ws://", "http://"));
        HttpClient http = HttpClient.newHttpClient();
        String pageWs = null;
        for (int i = 0; i < 50 && pageWs == null; i++) {
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : targets) if (t.path("type").asText().equals("page")) pageWs = t.path("webSocketDebuggerUrl").asText();
            if (pageWs == null) Thread.sleep(100);
        }
        if (pageWs == null) throw new IOException("chromium has no page target");
        socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new Listener()).get(10, TimeUnit.SECONDS);
        call("Page.enable", JSON.createObjectNode());
        call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(buffer.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                        if (f != null) f.complete(msg);
                    }
                } catch (IOException e) {
                    // A message we cannot parse answers no call of ours.
                }
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.createObjectNode().put("id", id).put("method", method).set("params", params).toString(), true).get(10, TimeUnit.SECONDS);
        JsonNode res = f.get(30, TimeUnit.SECONDS);
        if (res.has("error")) throw new IOException(method + ": " + res.get("error"));
        return res.path("result");
    }

    /** Evaluates an expression in the page (awaiting a promise) and returns its value. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IOException("page script failed: " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        waitFor("document.readyState === 'complete' && location.href !== 'about:blank'", Duration.ofSeconds(20));
    }

    /** Polls {@code condition} until it is true; fails after {@code timeout}. */
    void waitFor(String condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (eval("Boolean(" + condition + ")").asBoolean()) return;
            } catch (IOException navigating) {
                // The page was replaced while we asked; ask again.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + condition + " (page: " + eval("location.href").asText() + ")");
    }

    void screenshot(Path file) throws Exception {
        JsonNode r = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            // Chromium's helper processes (renderer, GPU, crash handler) outlive the browser process by a moment and
            // still write into the profile: stop them too, and wait, before deleting it.
            java.util.List<ProcessHandle> helpers = process.descendants().toList();
            process.destroy();
            helpers.forEach(ProcessHandle::destroy);
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
            for (ProcessHandle h : helpers) {
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    h.destroyForcibly();
                }
            }
            deleteProfile();
        }
    }

    /** Deletes the profile directory; a file that vanishes meanwhile is no error, a leftover is retried twice. */
    private void deleteProfile() throws InterruptedException {
        for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                Thread.sleep(200);
            }
        }
    }
}
