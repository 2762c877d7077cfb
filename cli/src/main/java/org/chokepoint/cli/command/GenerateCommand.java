package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.model.Entity;
import org.chokepoint.trade.generate.GenerationSummary;
import org.chokepoint.trade.generate.GeneratorSettings;
import org.chokepoint.trade.generate.ScenarioGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a SYNTHETIC scenario: customs declarations (formats.md §1) with planted evasion parties, real listed",
                "end users from the loaded lists and look-alike legitimate trade, plus truth.json and truth_parties.csv to measure",
                "detection against. Deterministic per seed and lists."})
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write shipments.csv, truth.json, truth_parties.csv, README.txt")
    private Path out;

    @Option(names = "--records", defaultValue = "100000", paramLabel = "N", description = "declaration lines (default: ${DEFAULT-VALUE})")
    private long records;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--start", paramLabel = "DATE", description = "first date (default: 2021-01-01)")
    private LocalDate start = GeneratorSettings.DEFAULT_START;

    @Option(names = "--end", paramLabel = "DATE", description = "last date (default: 2024-12-31)")
    private LocalDate end = GeneratorSettings.DEFAULT_END;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(records, seed, start, end);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        List<Entity> entities;
        try (SnapshotStore store = SnapshotStore.open(data.dir())) {
            entities = store.currentEntities();
        }
        if (entities.isEmpty()) {
            err.println("error: no lists are loaded in " + data.dir() + "; load them first: chokepoint lists update --from ../shared/data");
            return 1;
        }
        long t0 = System.nanoTime();
        GenerationSummary s = ScenarioGenerator.generate(entities, settings, out, n -> { err.print("\r" + n + " records"); err.flush(); });
        double secs = (System.nanoTime() - t0) / 1e9;
        if (s.records() >= 100_000) err.println();
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "SYNTHETIC scenario, seed %d: %,d records, %,d parties (%d planted, %d listed end users) -> %s%n",
                seed, s.records(), s.parties(), s.planted(), s.listedEndUsers(), out);
        o.printf(Locale.ROOT, "shipments.csv %,d bytes; %,d planted lines; %d names re-drawn because they screened against a list%n",
                s.bytes(), s.plantedLines(), s.redrawn());
        o.printf(Locale.ROOT, "%.1f s in all (reading the lists included); screening index and population %.1f s; writing %.1f s = %,.0f records/s%n",
                secs, s.setupSeconds(), s.writeSeconds(), s.records() / s.writeSeconds());
        return 0;
    }
}
