package org.chokepoint.bench;

import org.chokepoint.lists.FolderScan;
import org.chokepoint.lists.ListSources;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.update.ListUpdater;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loading every list in ../shared/data: reading and mapping alone, and reading plus storing into a fresh
 * DuckDB store (what `chokepoint lists update --from ../shared/data` does after start-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "--enable-native-access=ALL-UNNAMED"})
public class ListLoadBenchmark {

    @Benchmark
    public long readAll() throws Exception {
        long entities = 0;
        for (var e : FolderScan.of(SharedFolder.data()).found().entrySet()) {
            entities += ListSources.reader(e.getKey()).orElseThrow().read(e.getValue()).entities().size();
        }
        return entities;
    }

    @Benchmark
    public long readAndStoreAll() throws Exception {
        Path dir = Files.createTempDirectory("chokepoint-bench");
        try (SnapshotStore store = SnapshotStore.open(dir)) {
            var update = new ListUpdater(store, 0).fromFolder(SharedFolder.data(), s -> {});
            if (!update.allOk()) throw new IllegalStateException("a source failed: " + update.outcomes());
            return update.outcomes().size();
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
