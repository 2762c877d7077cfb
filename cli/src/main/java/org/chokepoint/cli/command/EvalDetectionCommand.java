package org.chokepoint.cli.command;

import org.chokepoint.cli.output.DetectionOutput;
import org.chokepoint.evaluation.detection.DetectionEvaluation;
import org.chokepoint.evaluation.detection.DetectionFileException;
import org.chokepoint.evaluation.detection.DetectionFiles;
import org.chokepoint.evaluation.detection.DetectionReport;
import org.chokepoint.evaluation.detection.Finding;
import org.chokepoint.evaluation.detection.PartyResolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "detection", mixinStandardHelpOptions = true,
        description = {"Measure detection findings (DIR/parties.jsonl, formats.md §2) against a scenario's truth.json: precision@K,",
                "recall@K and average precision of the planted parties among unlisted findings (K = number planted), the share of",
                "listed end users recognised, and party resolution (pairwise, B-cubed) when truth_parties.csv and the shipments",
                "file lie beside truth.json."})
public final class EvalDetectionCommand implements Callable<Integer> {
    @Option(names = "--truth", required = true, paramLabel = "TRUTH.json", description = "the scenario's truth.json")
    private Path truth;

    @Option(names = "--findings", required = true, paramLabel = "DIR", description = "the detector's output folder (parties.jsonl)")
    private Path findings;

    @Option(names = "--json", description = "one JSON object instead of text")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            DetectionFiles.Truth t = DetectionFiles.truth(truth);
            List<Finding> f = DetectionFiles.findings(findings.resolve("parties.jsonl"));
            Path dir = truth.toAbsolutePath().getParent();
            Path parties = dir.resolve("truth_parties.csv");
            Path shipments = dir.resolve("shipments.csv");
            DetectionReport.Resolution res = Files.isRegularFile(parties) && Files.isRegularFile(shipments)
                    ? PartyResolution.measure(parties, shipments, f) : null;
            DetectionReport r = DetectionEvaluation.evaluate(t, f, res);
            if (json) DetectionOutput.json(spec.commandLine().getOut(), r);
            else DetectionOutput.text(spec.commandLine().getOut(), r);
            return 0;
        } catch (DetectionFileException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
