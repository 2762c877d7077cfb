import java.nio.file.Path;
import java.util.*;
import org.chokepoint.model.Entity;
import org.chokepoint.evaluation.*;
import org.chokepoint.screening.*;
import org.chokepoint.lists.store.SnapshotStore;

// One JVM screening the bench screening queries against ofac-sdn for S seconds after the same single-query warm-up, in
// 1,000-name blocks on every core, printing names/s, names per process-CPU-second and JIT time every 4 s. A slow state
// caused by the JIT would hold for the JVM's life; a drift of the machine shows as swings within one JVM (docs/matching.md,
// Speed, mode20). Run from a build BIN and a data directory DATA (lists loaded):
//   java -Xmx3g -cp "BIN/chokepoint-cli.jar:BIN/lib/*" bench/batch-drift/BatchDrift.java DATA SECONDS
public class BatchDrift {
    public static void main(String[] a) throws Exception {
        List<Entity> all; try (SnapshotStore s = SnapshotStore.open(Path.of(a[0]))) { all = s.currentEntities(); }
        List<Entity> target = all.stream().filter(e -> e.source().equals("ofac-sdn")).toList();
        Map<String, List<Entity>> src = new LinkedHashMap<>();
        for (String s : List.of("uk-sanctions", "opensanctions")) src.put(s, all.stream().filter(e -> e.source().equals(s)).toList());
        List<EvalQuery> qs = SpeedBenchmark.nameQueries(target, src);
        Screener sc = Screener.build(target);
        ScreeningQuery[] q = qs.stream().map(x -> SpeedBenchmark.screeningQuery(x, 0.8)).toArray(ScreeningQuery[]::new);
        for (int r = 0; r < 2; r++) for (ScreeningQuery x : q) sc.screen(x);
        int next = 0; double secs = Double.parseDouble(a[1]); long t0 = System.nanoTime();
        while ((System.nanoTime() - t0) / 1e9 < secs) {
            long c0 = SpeedBenchmark.processCpuNanos(), w0 = System.nanoTime(), k0 = SpeedBenchmark.compileMillis(); long n = 0;
            while (System.nanoTime() - w0 < 4_000_000_000L) {
                ScreeningQuery[] b = new ScreeningQuery[1000];
                for (int i = 0; i < 1000; i++) b[i] = q[(next + i) % q.length];
                next = (next + 1000) % q.length;
                SpeedBenchmark.screenBlock(sc, b); n += 1000;
            }
            double w = (System.nanoTime() - w0) / 1e9, c = (SpeedBenchmark.processCpuNanos() - c0) / 1e9;
            System.out.printf("%.0f s  %,.0f names/s  %,.0f per CPU-s  cpu %.1f  jit %.2f s%n", (System.nanoTime() - t0) / 1e9, n / w, n / c, c / w, (SpeedBenchmark.compileMillis() - k0) / 1e3);
        }
    }
}
