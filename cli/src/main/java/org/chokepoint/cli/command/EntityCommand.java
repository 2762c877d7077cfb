package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.EntityReport;
import org.chokepoint.lists.store.EntityVersion;
import org.chokepoint.lists.store.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "Everything known about one listed entity (ID like ofac-sdn:17013), from every stored snapshot.")
public final class EntityCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Parameters(index = "0", paramLabel = "ID", description = "entity id, <source>:<native id>")
    private String id;

    @Option(names = "--json", description = "the latest version as JSON, with its history")
    private boolean json;

    @Option(names = "--raw", description = "also print the source record as published")
    private boolean raw;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (SnapshotStore store = SnapshotStore.open(data.dir())) {
            List<EntityVersion> history = store.history(id);
            if (history.isEmpty()) {
                spec.commandLine().getErr().println("error: no entity " + id + " in any stored snapshot of " + data.dir()
                        + (id.contains(":") ? "" : " (ids look like ofac-sdn:17013)"));
                return 1;
            }
            if (json) EntityReport.json(spec.commandLine().getOut(), history);
            else EntityReport.text(spec.commandLine().getOut(), history, raw);
            return 0;
        }
    }
}
