package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.DiffReport;
import org.chokepoint.lists.diff.ListDiff;
import org.chokepoint.lists.diff.ListVersion;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two versions of a list: added, removed and changed entities,",
                "grouped by program and country.",
                "OLD and NEW are files or folders in a list format, or stored snapshots:",
                "a snapshot NUMBER, a SOURCE (its current snapshot) or SOURCE~N (N snapshots before the current)."})
public final class ListsDiffCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Parameters(index = "0", paramLabel = "OLD")
    private String old;

    @Parameters(index = "1", paramLabel = "NEW")
    private String now;

    @Option(names = "--json", description = "print {\"added\":[...],\"removed\":[...],\"changed\":[...]}")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "entities listed per section in the text output (default: ${DEFAULT-VALUE}; 0 = all)")
    private int limit;

    @Spec
    private CommandSpec spec;

    private SnapshotStore store;

    @Override
    public Integer call() throws Exception {
        Supplier<SnapshotStore> lazy = () -> {
            if (store == null) {
                try {
                    store = SnapshotStore.open(data.dir());
                } catch (StoreException e) {
                    throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
                }
            }
            return store;
        };
        try {
            ListVersion a = ListVersion.resolve(old, lazy);
            ListVersion b = ListVersion.resolve(now, lazy);
            if (!a.source().equals(b.source())) {
                spec.commandLine().getErr().println("error: OLD is a " + a.source() + " list and NEW a " + b.source() + " list; compare versions of one list");
                return 2;
            }
            ListDiff diff = ListDiff.compare(a.entities(), b.entities());
            var out = spec.commandLine().getOut();
            if (json) DiffReport.json(out, diff);
            else DiffReport.text(out, a, b, diff, limit);
            return 0;
        } finally {
            if (store != null) store.close();
        }
    }
}
