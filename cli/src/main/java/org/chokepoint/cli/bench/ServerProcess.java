package org.chokepoint.cli.bench;

import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.server.DeskDatabase;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.auth.Secrets;
import org.chokepoint.server.auth.UserStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code chokepoint serve} in a child JVM, on a temporary data directory holding a copy of the lists' store
 * and a desk database with one viewer and its API token. Closing it stops the child and deletes the directory.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("Chokepoint desk at (http://[^/\\s]+)/");
    private final Process process;
    private final Path home;
    private final URI base;
    private final String token;

    private ServerProcess(Process process, Path home, URI base, String token) {
        this.process = process;
        this.home = home;
        this.base = base;
        this.token = token;
    }

    /**
     * Starts the child and waits until it listens.
     *
     * @param dataDir a data directory with lists loaded (only read)
     * @param heap    the child's maximum heap, as for -Xmx (e.g. "1g")
     * @param jvmOptions more options for the child JVM (a profiler, GC logging); may be empty
     * @throws IOException when the copy fails or the child exits or stays silent for two minutes; the message holds its error output
     */
    public static ServerProcess start(Path dataDir, String heap, List<String> jvmOptions) throws IOException, InterruptedException {
        Path lists = dataDir.resolve(SnapshotStore.FILE_NAME);
        if (!Files.isRegularFile(lists)) throw new IOException("no lists in " + dataDir + "; run `chokepoint lists update` first");
        Path home = Files.createTempDirectory("chokepoint-bench-serve");
        Files.copy(lists, home.resolve(SnapshotStore.FILE_NAME));
        // The kept screening index too, so that the child starts as a desk on this data directory would.
        Path index = org.chokepoint.lists.index.KeptIndex.file(dataDir, org.chokepoint.lists.index.KeptIndex.CURRENT);
        if (Files.isRegularFile(index)) {
            Path copy = org.chokepoint.lists.index.KeptIndex.file(home, org.chokepoint.lists.index.KeptIndex.CURRENT);
            Files.createDirectories(copy.getParent());
            Files.copy(index, copy);
        }
        String token;
        try (DeskDatabase db = DeskDatabase.open(home)) {
            UserStore users = new UserStore(db);
            users.create("bench", "load", "Load benchmark", Role.VIEWER, Secrets.password().toCharArray());
            token = users.issueToken("bench", "load", "bench serve");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.chokepoint.cli.Chokepoint", "--data", home.toString(), "serve", "--port", "0"));
        Path errors = home.resolve("serve.err");
        Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
        CompletableFuture<URI> ready = CompletableFuture.supplyAsync(() -> awaitReady(p));
        try {
            URI base = ready.get(2, TimeUnit.MINUTES);
            if (base == null) throw new IOException("the server exited before listening: " + Files.readString(errors));
            return new ServerProcess(p, home, base, token);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            IOException failed = new IOException("the server did not start within 2 minutes: " + Files.readString(errors), e);
            delete(home);
            throw failed;
        } catch (IOException | RuntimeException | InterruptedException e) {
            p.destroyForcibly();
            delete(home);
            throw e;
        }
    }

    /** Reads the child's output until its ready line; keeps draining it after, so the child never blocks on a full pipe. */
    private static URI awaitReady(Process p) {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> {}));
                    return URI.create(m.group(1));
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    public URI base() {
        return base;
    }

    /** A viewer's API token. */
    public String token() {
        return token;
    }

    /** The child's process id (to read its CPU time or attach a profiler). */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        delete(home);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
