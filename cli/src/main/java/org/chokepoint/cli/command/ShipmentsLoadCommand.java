package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.Progress;
import org.chokepoint.cli.output.ShipmentReport;
import org.chokepoint.trade.record.ShipmentFileException;
import org.chokepoint.trade.record.ShipmentLoad;
import org.chokepoint.trade.record.ShipmentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load a shipment file (CSV or Parquet, columns as in docs/trade.md) as a named dataset.",
                "Rows that break a rule are rejected, each with file, line, column and reason, into a rejects file; the rest are stored.",
                "Loading a name again replaces that dataset; a file that cannot be read, or has no valid row, leaves it as it was."})
public final class ShipmentsLoadCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Parameters(index = "0", paramLabel = "FILE", description = "shipment records, CSV (UTF-8, header row) or Parquet")
    private Path file;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "name to store the records under (letters, digits, _ . -)")
    private String dataset;

    @Option(names = "--show", paramLabel = "N", defaultValue = "10", description = "how many rejections to print (default: ${DEFAULT-VALUE}; all are in the rejects file)")
    private int show;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        try (ShipmentStore store = ShipmentStore.open(data.dir())) {
            boolean existed = store.dataset(dataset).isPresent();
            ShipmentLoad load;
            try (Progress progress = new Progress(System.err)) {
                progress.step("loading " + file.getFileName());
                load = store.load(file, dataset, n -> progress.step(String.format("loading %s: %,d rows", file.getFileName(), n)));
            } catch (ShipmentFileException e) {
                err.println("error: " + e.getMessage());
                err.println("nothing was stored" + (existed ? "; the dataset '" + dataset + "' stays as it was" : ""));
                return 1;
            }
            ShipmentReport.load(spec.commandLine().getOut(), load, show, store.file());
            return 0;
        }
    }
}
