package org.chokepoint.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.cli.BenchmarkListsOption;
import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.bench.ServerProcess;
import org.chokepoint.evaluation.EvalQuery;
import org.chokepoint.evaluation.SpeedBenchmark;
import org.chokepoint.evaluation.SpeedBenchmark.Latency;
import org.chokepoint.evaluation.load.LoadPlan;
import org.chokepoint.evaluation.load.LoadResult;
import org.chokepoint.evaluation.load.OpenLoopLoad;
import org.chokepoint.evaluation.load.ScreenRequests;
import org.chokepoint.screening.ScorerV1;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load on the desk's POST /api/v1/screen from this process, a second one beside the server:",
                "requests at fixed rates (open loop: never waiting for answers, so queueing shows), with the",
                "latency from each request's due time (p50/p90/p99/max), answers per second and errors.",
                "Without --url it starts `chokepoint serve` in a child JVM on a copy of the data directory's",
                "lists, with a viewer's token; the queries are the name queries and negatives of `eval matching`."})
public final class BenchServeCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Mixin
    private BenchmarkListsOption lists;

    @Option(names = "--url", paramLabel = "URL", description = "a running desk to load (default: start one in a child JVM)")
    private URI url;

    @Option(names = "--token", paramLabel = "TOKEN", description = "an API token for --url (viewer role or above); env CHOKEPOINT_TOKEN")
    private String token;

    @Option(names = "--rate", paramLabel = "R", split = ",", defaultValue = "100,250,500,750",
            description = "requests per second, one step per rate, in order (default: ${DEFAULT-VALUE})")
    private List<Double> rates;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "20", description = "measured seconds per step (default: ${DEFAULT-VALUE})")
    private double seconds;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "10", description = "seconds at the step's rate before measuring (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Option(names = "--max-in-flight", paramLabel = "N", defaultValue = "2000",
            description = "requests outstanding at once; beyond, the client counts requests as refused (default: ${DEFAULT-VALUE})")
    private int maxInFlight;

    @Option(names = "--p99", paramLabel = "MS", defaultValue = "50", description = "the p99 bound a step must keep to count as sustained (default: ${DEFAULT-VALUE} ms)")
    private double p99Bound;

    @Option(names = "--server-heap", paramLabel = "SIZE", defaultValue = "1g", description = "the child server's -Xmx (default: ${DEFAULT-VALUE})")
    private String serverHeap;

    @Option(names = "--server-jvm-option", paramLabel = "OPTION", description = "one more option for the child server's JVM, e.g. -XX:StartFlightRecording=filename=serve.jfr (repeatable)")
    private List<String> serverJvmOptions = new ArrayList<>();

    @Option(names = "--json", description = "JSON output")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (seconds <= 0 || warmupSeconds < 0 || maxInFlight <= 0 || rates.stream().anyMatch(r -> !(r > 0))) {
            err.println("error: --rate and --seconds must be positive, --warmup-seconds not negative, --max-in-flight positive");
            return 2;
        }
        String tok = token != null ? token : System.getenv("CHOKEPOINT_TOKEN");
        if (url != null && tok == null) {
            err.println("error: --url needs --token (or CHOKEPOINT_TOKEN): issue one on the desk's account page");
            return 2;
        }
        var loaded = lists.load(data.dir());
        List<EvalQuery> queries = SpeedBenchmark.nameQueries(loaded.targetEntities(), loaded.sources());
        err.printf("%,d queries (name queries and negatives of eval matching)%n", queries.size());
        ServerProcess child = null;
        try {
            URI base = url;
            if (base == null) {
                err.println("starting `chokepoint serve` in a child JVM (-Xmx" + serverHeap + ") on a copy of " + data.dir());
                err.flush();
                child = ServerProcess.start(data.dir(), serverHeap, serverJvmOptions);
                base = child.base();
                tok = child.token();
                err.println("server pid " + child.pid() + " at " + base);
            }
            HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();
            var requests = new ScreenRequests(base, tok, queries, ScorerV1.DEFAULT_THRESHOLD);
            var load = new OpenLoopLoad(http, Duration.ofSeconds(30));
            List<LoadResult> results = new ArrayList<>();
            List<double[]> cpu = new ArrayList<>();
            for (double rate : rates) {
                err.printf("step: %.0f requests/s, %.0f s warm-up, %.0f s measured%n", rate, warmupSeconds, seconds);
                err.flush();
                LoadPlan plan = new LoadPlan(rate, seconds, warmupSeconds, maxInFlight);
                long serverBefore = child == null ? -1 : cpuNanos(child.pid());
                long clientBefore = SpeedBenchmark.processCpuNanos();
                results.add(load.run(plan, requests));
                int sent = plan.warmupRequests() + plan.measuredRequests();
                long serverAfter = child == null ? -1 : cpuNanos(child.pid());
                cpu.add(new double[] {serverBefore < 0 || serverAfter < 0 ? Double.NaN : (serverAfter - serverBefore) / 1e6 / sent,
                        (SpeedBenchmark.processCpuNanos() - clientBefore) / 1e6 / sent});
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(json(base, results, cpu).toPrettyString());
            else text(out, base, queries.size(), results, cpu);
            out.flush();
            return 0;
        } finally {
            if (child != null) child.close();
        }
    }

    /** CPU time a process has used so far, or -1 when the system does not say. */
    private static long cpuNanos(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }

    private void text(PrintWriter out, URI base, int queries, List<LoadResult> results, List<double[]> cpu) {
        out.printf("POST %s/api/v1/screen, %,d queries cycled, %d cores here; latency from each request's due time (ms)%n%n",
                base, queries, Runtime.getRuntime().availableProcessors());
        out.printf("%8s %8s %8s %8s %8s %8s %8s %8s %9s  %s%n", "rate/s", "due", "ok", "ok/s", "p50", "p90", "p99", "max", "sustained", "errors");
        for (LoadResult r : results) {
            Latency l = r.fromDue();
            out.printf("%8.0f %8d %8d %8.1f %8.2f %8.2f %8.2f %8.2f %9s  %s%n", r.plan().rate(), r.due(), r.ok(), r.okPerSecond(),
                    l.p50(), l.p90(), l.p99(), l.max(), r.sustained(p99Bound) ? "yes" : "no", errors(r));
        }
        out.printf("%nsustained: every due request answered 200 and p99 from due time ≤ %.0f ms. Time from the actual send, p50/p99:%n", p99Bound);
        for (LoadResult r : results) out.printf("  %.0f/s: %.2f / %.2f ms%n", r.plan().rate(), r.fromSend().p50(), r.fromSend().p99());
        out.println("CPU time per request sent (warm-up included), server process / this client:");
        for (int i = 0; i < results.size(); i++) {
            out.printf("  %.0f/s: %s / %.3f ms%n", results.get(i).plan().rate(), Double.isNaN(cpu.get(i)[0]) ? "n/a (--url)" : String.format("%.3f ms", cpu.get(i)[0]), cpu.get(i)[1]);
        }
    }

    private static String errors(LoadResult r) {
        int unanswered = r.due() - r.completed() - r.failures().entrySet().stream().filter(e -> !e.getKey().startsWith("status ")).mapToInt(Map.Entry::getValue).sum();
        List<String> parts = new ArrayList<>();
        r.failures().forEach((k, v) -> parts.add(v + " " + k));
        if (unanswered > 0) parts.add(unanswered + " unanswered");
        return parts.isEmpty() ? "-" : String.join("; ", parts);
    }

    private ObjectNode json(URI base, List<LoadResult> results, List<double[]> cpu) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode().put("url", base + "/api/v1/screen").put("cores", Runtime.getRuntime().availableProcessors()).put("p99_bound_ms", p99Bound);
        ArrayNode steps = o.putArray("steps");
        for (int i = 0; i < results.size(); i++) {
            LoadResult r = results.get(i);
            ObjectNode s = steps.addObject().put("rate", r.plan().rate()).put("seconds", r.plan().seconds()).put("due", r.due())
                    .put("completed", r.completed()).put("ok", r.ok()).put("ok_per_second", r.okPerSecond()).put("sustained", r.sustained(p99Bound));
            s.set("latency_from_due_ms", latency(m, r.fromDue()));
            s.set("latency_from_send_ms", latency(m, r.fromSend()));
            ObjectNode f = s.putObject("failures");
            r.failures().forEach(f::put);
            if (!Double.isNaN(cpu.get(i)[0])) s.put("server_cpu_ms_per_request", cpu.get(i)[0]);
            s.put("client_cpu_ms_per_request", cpu.get(i)[1]);
        }
        return o;
    }

    private static ObjectNode latency(ObjectMapper m, Latency l) {
        ObjectNode o = m.createObjectNode().put("count", l.count());
        // A step with no answers has no latency: null, since NaN is not JSON.
        for (var f : List.of(Map.entry("mean", l.mean()), Map.entry("p50", l.p50()), Map.entry("p90", l.p90()),
                Map.entry("p99", l.p99()), Map.entry("max", l.max()))) {
            if (Double.isNaN(f.getValue())) o.putNull(f.getKey());
            else o.put(f.getKey(), f.getValue());
        }
        return o;
    }
}
