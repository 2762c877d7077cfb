package org.chokepoint.cli.output;

import org.chokepoint.lists.Rejection;
import org.chokepoint.trade.record.ShipmentLoad;
import org.chokepoint.trade.record.StoredDataset;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** What `shipments load` did, and what `shipments status` finds stored. */
public final class ShipmentReport {
    private ShipmentReport() {}

    public static void load(PrintWriter out, ShipmentLoad load, int show, Path store) {
        StoredDataset d = load.dataset();
        out.printf("%s (%s) -> dataset '%s' in %.1f s (%,.0f rows/s)%n", d.source().name(), d.format().label(), d.name(),
                load.took().toMillis() / 1000.0, load.rowsPerSecond());
        Table t = new Table("records read", "stored", "rejected");
        t.row(String.format("%,d", d.recordsRead()), String.format("%,d", d.stored()), String.format("%,d", d.rejected()));
        t.print(out);
        if (d.dateFrom() != null) out.printf("dates: %s to %s%n", d.dateFrom(), d.dateTo());
        if (load.replaced() != null) {
            out.printf("replaced the previous '%s' (%s, %,d stored, loaded %s)%n", d.name(), load.replaced().source().name(), load.replaced().stored(),
                    utc(load.replaced()));
        }
        if (!d.extraColumns().isEmpty()) out.println("extra columns kept but not used: " + String.join(", ", d.extraColumns()));
        List<Rejection> first = load.firstRejections();
        if (!first.isEmpty() && show > 0) {
            out.printf("first rejections (%,d reasons in %,d rows):%n", load.problems(), d.rejected());
            first.stream().limit(show).forEach(r -> out.println("  " + r));
            long more = load.problems() - Math.min(show, first.size());
            if (more > 0) out.printf("  ... and %,d more%n", more);
        }
        out.println("rejects file: " + d.rejectsFile());
        out.println("store: " + store);
        out.flush();
    }

    public static void status(PrintWriter out, List<StoredDataset> datasets, Path store) {
        Table t = new Table("dataset", "records read", "stored", "rejected", "from", "to", "format", "loaded (UTC)", "file (sha-256)");
        for (StoredDataset d : datasets) {
            t.row(d.name(), String.format("%,d", d.recordsRead()), String.format("%,d", d.stored()), String.format("%,d", d.rejected()),
                    d.dateFrom(), d.dateTo(), d.format().label(), utc(d), d.source().name() + ":" + d.source().sha256().substring(0, 12));
        }
        t.print(out);
        for (StoredDataset d : datasets) out.println(d.name() + ": " + d.file() + " (rejects: " + d.rejectsFile() + ")");
        out.println("store: " + store);
        out.flush();
    }

    private static String utc(StoredDataset d) {
        return d.loadedAt().toString().substring(0, 19).replace('T', ' ');
    }
}
