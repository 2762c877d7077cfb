package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.NetworkReport;
import org.chokepoint.detect.DetectionResult;
import org.chokepoint.detect.network.GraphFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "network", mixinStandardHelpOptions = true,
        description = {"Build the trade network of customs records: who supplies listed end users, through whom, and who should be listed next.",
                "Runs the detector on SHIPMENTS (as `detect` does: parties resolved, screened, flagged and ranked, findings written) and writes "
                        + "into --out the graph (network.graphml, network.gexf, network.cyjs.json), communities.json, supply_paths.jsonl "
                        + "and designation_candidates.jsonl (docs/network.md); prints the communities and the top designation candidates."})
public final class NetworkCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Mixin
    private DetectionSetup setup;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the network and the findings (created; earlier files there are replaced)")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "all",
            description = "graph exports kept: graphml, gexf, cytoscape or all, comma-separated (default: ${DEFAULT-VALUE})")
    private List<String> formats;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "communities and candidates to print (default: ${DEFAULT-VALUE})")
    private int top;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EnumSet<GraphFormat> keep = EnumSet.noneOf(GraphFormat.class);
        for (String f : formats) {
            if (f.strip().equalsIgnoreCase("all")) keep.addAll(EnumSet.allOf(GraphFormat.class));
            else {
                try {
                    keep.add(GraphFormat.of(f));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--format must be graphml, gexf, cytoscape or all, not " + f);
                }
            }
        }
        DetectionResult result = setup.run(spec, data.dir(), out);
        if (result == null) return 1;
        // The detector writes every export (detect's findings hold them all); the ones not asked for go.
        for (GraphFormat f : EnumSet.complementOf(keep)) {
            Files.deleteIfExists(out.resolve(f.fileName()));
        }
        NetworkReport.text(spec.commandLine().getOut(), result, keep, top);
        return 0;
    }
}
