package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.ShipmentReport;
import org.chokepoint.trade.record.ShipmentStore;
import org.chokepoint.trade.record.StoredDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the stored shipment datasets: counts, date range, the file each came from.")
public final class ShipmentsStatusCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (ShipmentStore store = ShipmentStore.open(data.dir())) {
            List<StoredDataset> datasets = store.datasets();
            if (datasets.isEmpty()) {
                out.println("No shipment datasets in " + data.dir() + ". Run `chokepoint shipments load FILE --dataset NAME`.");
                return 0;
            }
            ShipmentReport.status(out, datasets, store.file());
            return 0;
        }
    }
}
