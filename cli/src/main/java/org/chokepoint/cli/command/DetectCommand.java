package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.DetectReport;
import org.chokepoint.cli.output.Progress;
import org.chokepoint.detect.DetectionProgress;
import org.chokepoint.detect.DetectionResult;
import org.chokepoint.detect.DetectionSettings;
import org.chokepoint.detect.Detector;
import org.chokepoint.detect.ListUsed;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.party.NetworkResolution;
import org.chokepoint.detect.party.NormalizedNameResolution;
import org.chokepoint.detect.party.PartyResolution;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.model.Entity;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsNomenclature;
import org.chokepoint.trade.record.ShipmentFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Find the parties and shipments that show diversion red flags in customs records.",
                "Reads SHIPMENTS (CSV or Parquet, docs/trade.md), screens every party against the loaded lists, runs the red-flag rules "
                        + "(docs/red-flags.md), ranks every party, and writes parties.jsonl, shipments.jsonl, summary.json, report.html "
                        + "and rejects.csv into --out."})
public final class DetectCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Parameters(index = "0", paramLabel = "SHIPMENTS", description = "shipment records, CSV (UTF-8, header row) or Parquet")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the findings (created; earlier findings there are replaced)")
    private Path out;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "parties to print (default: ${DEFAULT-VALUE}; all are in parties.jsonl)")
    private int top;

    @Option(names = "--memory", paramLabel = "SIZE", defaultValue = "2GB", description = "memory for the work database before it spills to disk (default: ${DEFAULT-VALUE})")
    private String memory;

    @Option(names = "--resolution", paramLabel = "METHOD", defaultValue = "resolve-v1",
            description = "party resolution: resolve-v1 (names in any script, identifiers, addresses; docs/network.md) or exact "
                    + "(same normalised words in the same country) (default: ${DEFAULT-VALUE})")
    private String resolutionMethod;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        PartyResolution resolution = switch (resolutionMethod) {
            case "resolve-v1" -> new NetworkResolution();
            case "exact" -> new NormalizedNameResolution();
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resolution must be resolve-v1 or exact, not " + resolutionMethod);
        };
        List<Entity> entities;
        List<ListUsed> used = new ArrayList<>();
        try (SnapshotStore store = SnapshotStore.open(data.dir())) {
            entities = store.currentEntities();
            for (Snapshot s : store.currentSnapshots()) {
                used.add(new ListUsed(s.source(), s.id(), s.published() == null ? null : s.published().toString(), s.loadedAt().toString(), s.entities()));
            }
        }
        if (entities.isEmpty()) {
            err.println("error: no lists loaded in " + data.dir() + "; run: chokepoint lists update (or --from ../shared/data)");
            return 1;
        }
        HsNomenclature hs = HsNomenclature.firstExisting(List.of(data.dir().resolve("hs").resolve("harmonized-system.csv"),
                HsNomenclature.SHARED_FILE.toAbsolutePath().normalize()));
        DetectionResult result;
        try (Progress progress = new Progress(System.err)) {
            progress.step("indexing " + entities.size() + " listed entities");
            ListedIndex lists = ListedIndex.build(entities);
            DetectionSettings settings = new DetectionSettings(DetectionSettings.DEFAULTS.evidenceLimit(), DetectionSettings.DEFAULTS.namesScreened(),
                    DetectionSettings.DEFAULTS.matchesKept(), memory, DetectionSettings.DEFAULTS.threads(), DetectionSettings.DEFAULTS.listedAt());
            Detector detector = new Detector(lists, GoodsClassifier.standard(hs), SanctionsPolicy.STANDARD, resolution, settings, used);
            result = detector.run(file, out, new DetectionProgress() {
                private String stage = "";

                @Override
                public void stage(String name) {
                    stage = name;
                    progress.step(name);
                }

                @Override
                public void update(long done) {
                    progress.step(String.format("%s: %,d", stage, done));
                }
            });
        } catch (ShipmentFileException e) {
            err.println("error: " + e.getMessage());
            err.println("no findings were written");
            return 1;
        }
        DetectReport.text(spec.commandLine().getOut(), result, top);
        return 0;
    }
}
