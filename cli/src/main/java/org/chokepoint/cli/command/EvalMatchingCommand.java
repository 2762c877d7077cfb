package org.chokepoint.cli.command;

import org.chokepoint.cli.BenchmarkListsOption;
import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.Progress;
import org.chokepoint.evaluation.MatchingBenchmark;
import org.chokepoint.evaluation.MatchingReport;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.ScorerV1;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "matching", mixinStandardHelpOptions = true,
        description = {"Screening precision and recall on ground truth from real lists: entities of the SOURCES lists that share a",
                "checksum-valid INN, OGRN, IMO or LEI with an entity of the TARGET list are queried by name, country and type;",
                "realistic non-listed names are the negatives. Compares with a brute-force Jaro-Winkler baseline."})
public final class EvalMatchingCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Mixin
    private BenchmarkListsOption lists;

    @Option(names = "--min-score", description = "hit threshold (default: " + ScorerV1.DEFAULT_THRESHOLD + ")")
    private Double minScore;

    @Option(names = "--retrieval-step", defaultValue = "10", description = "measure retrieval recall on every N-th name query (0: skip; default: ${DEFAULT-VALUE})")
    private int retrievalStep;

    @Option(names = "--no-baseline", description = "skip the brute-force baseline")
    private boolean noBaseline;

    @Option(names = "--out", paramLabel = "REPORT.md", description = "also write the report to this file")
    private Path out;

    @Option(names = "--failures", paramLabel = "FAILURES.tsv", description = "write every wrong answer of the name queries to this file (tab-separated)")
    private Path failures;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // A missing list raises StoreException: the command line's handler prints it and exits 1.
        BenchmarkListsOption.Lists loaded = lists.load(data.dir());
        String target = loaded.target();
        List<Entity> targetEntities = loaded.targetEntities();
        Map<String, List<Entity>> bySource = loaded.sources();
        MatchingBenchmark.Result r;
        try (Progress p = new Progress(System.err)) {
            r = MatchingBenchmark.run(target, targetEntities, bySource, minScore == null ? ScorerV1.DEFAULT_THRESHOLD : minScore,
                    retrievalStep, !noBaseline, p::step);
        }
        String md = MatchingReport.markdown(r);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        if (out != null) Files.writeString(out, md, StandardCharsets.UTF_8);
        if (failures != null) {
            Map<String, String> names = new java.util.HashMap<>();
            for (Entity e : targetEntities) names.put(e.id(), e.name());
            Files.writeString(failures, MatchingReport.failuresTsv(r, id -> names.getOrDefault(id, "")), StandardCharsets.UTF_8);
        }
        return 0;
    }
}
