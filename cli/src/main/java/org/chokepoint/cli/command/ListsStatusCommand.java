package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.Table;
import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.lists.store.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the current snapshot of each list, with its counts and dates.")
public final class ListsStatusCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Option(names = "--all", description = "every stored snapshot, not only the current ones")
    private boolean all;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (SnapshotStore store = SnapshotStore.open(data.dir())) {
            List<Snapshot> snaps = all ? store.allSnapshots() : store.currentSnapshots();
            if (snaps.isEmpty()) {
                out.println("No lists loaded in " + data.dir() + ". Run `chokepoint lists update` (or `--from DIR`).");
                return 0;
            }
            Table t = new Table("source", "snapshot", "current", "loaded (UTC)", "checked (UTC)", "published", "entities", "names", "identifiers", "rejected", "files (sha-256)");
            for (Snapshot s : snaps) {
                t.row(s.source(), s.id(), s.current() ? "yes" : "", s.loadedAt().toString().substring(0, 19).replace('T', ' '),
                        s.checkedAt().toString().substring(0, 19).replace('T', ' '), s.published() == null ? "-" : s.published(), String.format("%,d", s.entities()), String.format("%,d", s.names()),
                        String.format("%,d", s.identifiers()), String.format("%,d", s.rejected()),
                        String.join(" ", s.files().stream().map(f -> f.name() + ":" + f.sha256().substring(0, 12)).toList()));
            }
            t.print(out);
            out.println("store: " + store.file());
        }
        return 0;
    }
}
