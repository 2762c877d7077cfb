package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.Progress;
import org.chokepoint.cli.output.UpdateReport;
import org.chokepoint.lists.custom.ColumnMapping;
import org.chokepoint.lists.custom.CustomListReader;
import org.chokepoint.lists.index.KeptIndex;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.update.SourceOutcome;
import org.chokepoint.lists.update.Downloader;
import org.chokepoint.lists.update.ListUpdater;
import org.chokepoint.lists.update.SourceCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Load the lists as new snapshots.",
                "Without --from, downloads every source configured in sources.properties from its official publisher.",
                "With --from DIR, loads every recognised list under DIR (laid out like ../shared/data).",
                "A source that fails keeps its previous snapshot; the others still load."})
public final class ListsUpdateCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Option(names = "--from", paramLabel = "DIR", description = "load the list files under DIR instead of downloading")
    private Path from;

    @Option(names = "--custom", paramLabel = "NAME=FILE", description = {"also load a list of your own (CSV) as source custom:NAME; repeatable.",
            "Without --from, only the custom lists are loaded (nothing is downloaded)."})
    private java.util.Map<String, Path> custom = new java.util.LinkedHashMap<>();

    @Option(names = "--mapping", paramLabel = "SPEC", description = {"columns of the --custom CSV: e.g. id=cust_no,name=customer_name,country=cc",
            "keys: id, name, aliases, type, country, identifiers, address, program, remarks (default: columns of those names)"})
    private String mapping;

    @Option(names = "--allow-shrink", description = "accept a load with under half the entities of the current snapshot (normally refused as truncated)")
    private boolean allowShrink;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "download timeout per file (default: ${DEFAULT-VALUE})")
    private int timeout;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (from != null && !Files.isDirectory(from)) {
            spec.commandLine().getErr().println("error: --from " + from + " is not a directory");
            return 2;
        }
        long start = System.nanoTime();
        // The screening index is built after the lists are read: its normaliser starts meanwhile, on another core.
        org.chokepoint.screening.Screener.startNormalizer();
        try (SnapshotStore store = SnapshotStore.open(data.dir()); Progress progress = new Progress(System.err)) {
            ListUpdater updater = new ListUpdater(store, allowShrink ? 0 : ListUpdater.DEFAULT_MIN_SHARE);
            ListUpdater.Update update;
            if (from != null) {
                update = updater.fromFolder(from, progress::step);
            } else if (!custom.isEmpty()) {
                update = new ListUpdater.Update(List.of(), List.of());
            } else {
                Path downloads = data.dir().resolve("downloads").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                update = updater.fromPublishers(SourceCatalog.load(data.dir()), new Downloader(Duration.ofSeconds(timeout)), downloads, progress::step);
            }
            if (!custom.isEmpty()) {
                ColumnMapping columns = mapping == null ? ColumnMapping.defaults() : ColumnMapping.parse(mapping);
                List<SourceOutcome> all = new ArrayList<>(update.outcomes());
                for (var c : custom.entrySet()) {
                    all.add(updater.load(new CustomListReader(c.getKey(), columns), c.getValue(), c.getValue().toString(), progress::step));
                }
                update = new ListUpdater.Update(all, update.skipped());
            }
            progress.close();
            UpdateReport.print(out, update, Duration.ofNanos(System.nanoTime() - start));
            if (update.outcomes().isEmpty()) {
                spec.commandLine().getErr().println("error: no list found" + (from != null ? " under " + from : ""));
                return 1;
            }
            // The screening index of the new lists, written now so that the next screen, detect or desk reads it instead
            // of normalising every listed name again (docs/matching.md, "An index kept on disk").
            org.chokepoint.lists.store.StoredEntities entities = store.currentEntitiesUnparsed();
            if (!entities.isEmpty()) {
                long indexStart = System.nanoTime();
                Path file = KeptIndex.file(data.dir(), KeptIndex.CURRENT);
                switch (KeptIndex.refresh(data.dir(), KeptIndex.CURRENT, store.currentSnapshots(), entities, spec.commandLine().getErr()::println)) {
                    case WRITTEN -> out.printf("screening index written to %s (%,d entities, %.1f s)%n", file, entities.size(),
                            (System.nanoTime() - indexStart) / 1e9);
                    case UP_TO_DATE -> out.printf("screening index %s is up to date%n", file);
                    case NOT_WRITTEN -> { }
                }
            }
            return update.allOk() ? 0 : 1;
        }
    }
}
