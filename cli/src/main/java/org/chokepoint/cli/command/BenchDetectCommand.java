package org.chokepoint.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.cli.Chokepoint;
import org.chokepoint.cli.DataDirOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Measure `chokepoint detect` on a shipment file: records per second end to end and per stage, and the peak Java heap.",
                "Runs detect once in this JVM (the lists' index build is excluded from the records/s, reported apart) into a temporary folder.",
                "With --runs N, N times in the same JVM: the first run is what a user of the CLI sees (a new JVM, the code compiled while it runs);",
                "the later ones what the desk's server sees on its next upload (the code already compiled)."})
public final class BenchDetectCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Parameters(index = "0", paramLabel = "SHIPMENTS", description = "shipment records (e.g. from chokepoint generate --records 1000000)")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "where the findings go (default: a temporary folder, deleted)")
    private Path out;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "runs of detect in this JVM, one after the other (default: ${DEFAULT-VALUE}); each prints its figures")
    private int runs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (runs < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, was " + runs);
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            if (runs > 1) w.printf("run %d of %d (%s)%n", i + 1, runs, i == 0 ? "a new JVM, as the CLI runs" : "the same JVM again, its code compiled");
            rates[i] = runOnce(w, i);
            if (rates[i] < 0) return (int) -rates[i];
        }
        if (runs > 1) {
            double warm = 0;
            for (int i = 1; i < runs; i++) warm = Math.max(warm, rates[i]);
            w.printf("ingest and rules: first run %,.0f records/s; best later run %,.0f records/s (%.2f times the first)%n", rates[0], warm, warm / rates[0]);
        }
        return 0;
    }

    /** One run of detect; its ingest-and-rules records/s, or minus the exit code when detect failed. */
    private double runOnce(PrintWriter w, int index) throws Exception {
        Path dir = out != null ? (runs > 1 ? out.resolve("run-" + (index + 1)) : out) : Files.createTempDirectory("chokepoint-bench-detect");
        // The heap's total in use, sampled: summing each pool's own peak would add peaks of different moments.
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        // The heap left after each collection: what the run keeps alive (plus garbage not yet reached by a young
        // collection), where the sampled peak above mostly shows how far the collector let garbage grow.
        AtomicLong peakAfterGc = new AtomicLong();
        java.util.List<Runnable> unsubscribe = afterEachCollection(peakAfterGc);
        long t0 = System.nanoTime();
        StringWriter quiet = new StringWriter();
        int rc = Chokepoint.run(new PrintWriter(quiet), spec.commandLine().getErr(),
                "--data", data.dir().toString(), "detect", file.toString(), "--out", dir.toString(), "--top", "0");
        double wall = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
        if (rc != 0) {
            w.print(quiet);
            return -rc;
        }
        long peak = peakHeap.get();
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        long records = summary.at("/records/read").asLong();
        double run = summary.at("/run_time_seconds").asDouble();
        w.printf("detect %s: %,d records, %,d parties (%,d listed)%n", file.getFileName(), records, summary.at("/parties/total").asLong(),
                summary.at("/parties/listed").asLong());
        w.printf("  wall %.1f s (lists and index included); detect run %.1f s = %,.0f records/s end to end%n", wall, run, records / run);
        double ingestAndRules = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.get("stages_seconds").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double s = e.getValue().asDouble();
            // Steps named "beside screening: ...", "beside ranking: ..." ran on another thread during the stages around them:
            // their time is in those.
            boolean beside = e.getKey().startsWith(org.chokepoint.detect.DetectionResult.BESIDE);
            if (!beside && !e.getKey().startsWith("write") && !e.getKey().equals("report") && !e.getKey().equals("summary")) ingestAndRules += s;
            w.printf("  %-36s %8.2f s%n", e.getKey(), s);
        }
        w.printf("  ingest and rules (writing excluded) %.1f s = %,.0f records/s%n", ingestAndRules, records / ingestAndRules);
        w.printf("  peak Java heap in use %,d MB, sampled every 20 ms, garbage included (max %,d MB); records live in the DuckDB work file, not the heap%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        w.printf("  peak Java heap after a collection %,d MB (what the run keeps alive, with garbage not yet collected)%n", peakAfterGc.get() >> 20);
        if (out == null) {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return records / ingestAndRules;
    }

    /** Listens to every collector: after each collection, the heap in use then (all heap pools) raises {@code peak}. */
    private static java.util.List<Runnable> afterEachCollection(AtomicLong peak) {
        java.util.List<Runnable> undo = new java.util.ArrayList<>();
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof javax.management.NotificationEmitter emitter)) continue;
            javax.management.NotificationListener listener = (n, handback) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData());
                long used = 0;
                for (Map.Entry<String, java.lang.management.MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HEAP_POOLS.matcher(e.getKey()).find()) used += e.getValue().getUsed();
                }
                peak.accumulateAndGet(used, Math::max);
            };
            emitter.addNotificationListener(listener, null, null);
            undo.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            });
        }
        return undo;
    }

    /** The heap's pools of every collector (G1, Parallel, Serial, ZGC); the others (code cache, metaspace) are not heap. */
    private static final java.util.regex.Pattern HEAP_POOLS = java.util.regex.Pattern.compile("Eden|Survivor|Old Gen|Tenured|ZGC");
}
