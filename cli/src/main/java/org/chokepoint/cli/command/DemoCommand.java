package org.chokepoint.cli.command;

import org.chokepoint.cli.Chokepoint;
import org.chokepoint.cli.DataDirOption;
import org.chokepoint.lists.store.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole chain on this machine, then the analyst's desk:",
                "load the lists (from ../shared/data when it is there, else from the official publishers) unless already loaded,",
                "generate a synthetic scenario (clearly marked synthetic), run detect on it, and serve the desk with demo users.",
                "Everything goes under DATA/demo; run it again to start the desk on the same findings."})
public final class DemoCommand implements Callable<Integer> {
    /** Where the project's reference data lives beside a checkout. */
    static final Path SHARED_DATA = Path.of("..", "shared", "data");
    /** The largest shipments file the launcher's {@code detect} runs on the quick compiler. */
    static final long QUICK_DETECT_BYTES = 512L * 1024 * 1024;

    @Mixin
    private DataDirOption data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "port for the desk (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--records", paramLabel = "N", defaultValue = "50000", description = "records in the generated scenario (default: ${DEFAULT-VALUE})")
    private long records;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "scenario seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--no-serve", description = "stop after detect (for scripts and tests)")
    private boolean noServe;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String dataDir = data.dir().toString();
        boolean loaded;
        try (SnapshotStore store = SnapshotStore.open(data.dir())) {
            loaded = !store.currentSnapshots().isEmpty();
        }
        if (!loaded) {
            List<String> update = new ArrayList<>(List.of("--data", dataDir, "lists", "update"));
            if (Files.isDirectory(SHARED_DATA)) update.addAll(List.of("--from", SHARED_DATA.toString()));
            out.println("== 1/4 loading the lists" + (Files.isDirectory(SHARED_DATA) ? " from " + SHARED_DATA : " from the official publishers"));
            // In a JVM of its own on the quick compiler, as the launcher runs `lists` commands: the index builds in less time.
            if (runQuick(out, err, update) != 0) return 1;
        } else {
            out.println("== 1/4 lists already loaded in " + dataDir + " (chokepoint lists update refreshes them)");
        }
        Path demo = data.dir().resolve("demo");
        Path scenario = demo.resolve("scenario");
        Path findings = demo.resolve("findings");
        if (!Files.exists(findings.resolve("parties.jsonl"))) {
            out.println("== 2/4 generating a synthetic scenario of " + records + " records (seed " + seed + ")");
            if (run(out, err, List.of("--data", dataDir, "generate", "--out", scenario.toString(), "--records", Long.toString(records), "--seed", Long.toString(seed))) != 0) return 1;
            out.println("== 3/4 detecting");
            List<String> detect = List.of("--data", dataDir, "detect", scenario.resolve("shipments.csv").toString(), "--out", findings.toString(), "--top", "5");
            // On the quick compiler too when the launcher would run it so (a CSV of up to 512 MiB: docs/red-flags.md, session 16).
            boolean quick = Files.size(scenario.resolve("shipments.csv")) <= QUICK_DETECT_BYTES;
            if ((quick ? runQuick(out, err, detect) : run(out, err, detect)) != 0) return 1;
            out.println("   how well: chokepoint eval detection --truth " + scenario.resolve("truth.json") + " --findings " + findings);
        } else {
            out.println("== 2-3/4 findings already in " + findings + " (delete the folder to generate and detect again)");
        }
        out.println("   report: " + findings.resolve("report.html").toAbsolutePath().normalize());
        if (noServe) return 0;
        out.println("== 4/4 serving the desk (Ctrl-C stops it); log in with a demo user below");
        return run(out, err, List.of("--data", dataDir, "serve", "--demo", "--port", Integer.toString(port), "--findings", findings.toString()));
    }

    /** {@link QuickCompilerRun}, or in this JVM when no child JVM can be started. */
    private static int runQuick(PrintWriter out, PrintWriter err, List<String> args) throws InterruptedException {
        return QuickCompilerRun.run(out, err, args).orElseGet(() -> run(out, err, args));
    }

    private static int run(PrintWriter out, PrintWriter err, List<String> args) {
        out.flush();
        return Chokepoint.run(out, err, args.toArray(String[]::new));
    }
}
