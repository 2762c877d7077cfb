package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.DetectReport;
import org.chokepoint.detect.DetectionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Find the parties and shipments that show diversion red flags in customs records.",
                "Reads SHIPMENTS (CSV or Parquet, docs/trade.md) or a dataset stored by 'shipments load' (--dataset), screens every party against the loaded lists, runs the red-flag rules "
                        + "(docs/red-flags.md), ranks every party, and writes parties.jsonl, shipments.jsonl, summary.json, report.html "
                        + "and rejects.csv into --out, with the trade network (docs/network.md)."})
public final class DetectCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Mixin
    private DetectionSetup setup;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the findings (created; earlier findings there are replaced)")
    private Path out;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "parties to print (default: ${DEFAULT-VALUE}; all are in parties.jsonl)")
    private int top;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DetectionResult result = setup.run(spec, data.dir(), out);
        if (result == null) return 1;
        DetectReport.text(spec.commandLine().getOut(), result, top);
        return 0;
    }
}
