package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.Progress;
import org.chokepoint.evaluation.OriginalScriptEvaluation;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.store.StoreException;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.ScorerV1;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code chokepoint eval original-script}: Arabic-script names held out of each list and screened against its Latin names. */
@Command(name = "original-script", mixinStandardHelpOptions = true,
        description = {"Arabic-script names against the lists' Latin names, held out: each list is indexed without the names",
                "its entities have in Arabic script, and each such name is screened against it, expecting its own entity at the",
                "top; the matching benchmark's negatives are screened against the same index."})
public final class EvalOriginalScriptCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Option(names = "--sources", split = ",", defaultValue = "un-sc,uk-sanctions,opensanctions,ofac-sdn",
            description = "lists to hold names out of (default: ${DEFAULT-VALUE}); a list without Arabic-script names is skipped")
    private List<String> sources;

    @Option(names = "--min-score", description = "hit threshold (default: " + ScorerV1.DEFAULT_THRESHOLD + ")")
    private Double minScore;

    @Option(names = "--failures", defaultValue = "40", description = "names not found to list per list (default: ${DEFAULT-VALUE})")
    private int failures;

    @Option(names = "--out", paramLabel = "REPORT.md", description = "also write the report to this file")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Entity> all;
        try (SnapshotStore store = SnapshotStore.open(data.dir())) {
            all = store.currentEntities();
        }
        Map<String, List<Entity>> bySource = new LinkedHashMap<>();
        for (String s : sources) {
            List<Entity> es = all.stream().filter(e -> e.source().equals(s)).toList();
            if (es.isEmpty()) throw new StoreException("no current snapshot of " + s + " in " + data.dir() + "; run `chokepoint lists update` first");
            bySource.put(s, es);
        }
        double threshold = minScore == null ? ScorerV1.DEFAULT_THRESHOLD : minScore;
        List<OriginalScriptEvaluation.Result> results;
        try (Progress p = new Progress(System.err)) {
            results = OriginalScriptEvaluation.run(bySource, threshold, p::step);
        }
        String md = OriginalScriptEvaluation.markdown(results, threshold, failures);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        if (out != null) Files.writeString(out, md, StandardCharsets.UTF_8);
        return 0;
    }
}
