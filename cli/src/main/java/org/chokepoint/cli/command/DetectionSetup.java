package org.chokepoint.cli.command;

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
import org.chokepoint.lists.index.KeptIndex;
import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.model.Entity;
import org.chokepoint.network.resolve.PartyResolver;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsNomenclature;
import org.chokepoint.trade.record.ShipmentFileException;
import org.chokepoint.trade.record.ShipmentStore;
import org.chokepoint.trade.record.ShipmentStoreException;
import org.chokepoint.trade.record.StoredDataset;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code detect} and {@code network} share: the input (a shipment file, or {@code --dataset} stored by
 * {@code shipments load}), the {@code --memory} and {@code --resolution} options, loading
 * the current lists and the HS nomenclature from the data directory, and one detector run with progress on
 * stderr. A picocli mixin; one run per command invocation. The data directory comes from the command's own
 * {@code DataDirOption}: nested in this mixin it would not see a {@code --data} given before the command.
 */
public final class DetectionSetup {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SHIPMENTS", description = "shipment records, CSV (UTF-8, header row) or Parquet; or give --dataset")
    private Path file;

    @Option(names = "--dataset", paramLabel = "NAME", description = "a dataset stored by 'shipments load' instead of a file (its rows were checked when loaded)")
    private String dataset;

    @Option(names = "--memory", paramLabel = "SIZE", defaultValue = "2GB", description = "memory for the work database before it spills to disk (default: ${DEFAULT-VALUE})")
    private String memory;

    @Option(names = "--resolution", paramLabel = "METHOD", defaultValue = PartyResolver.ALGORITHM,
            description = "party resolution: " + PartyResolver.ALGORITHM + " (names in any script, identifiers, addresses; docs/network.md) or exact "
                    + "(same normalised words in the same country) (default: ${DEFAULT-VALUE})")
    private String resolutionMethod;

    @Option(names = "--ownership", paramLabel = "FILE",
            description = "more ownership relations, CSV owner_id,asset_id,percentage[,role,asset_name,asset_country] (entity ids; a named asset can be matched); with the lists' own they decide "
                    + "which entities are blocked by ownership (OFAC 50%%, EU 50%% or control; docs/red-flags.md, owned_by_listed)")
    private Path ownershipFile;

    /**
     * Runs the detector on {@code file} into {@code out} with the lists stored in {@code dataDir}. Returns null
     * after printing the reason to the command's stderr when no lists are loaded or the file cannot be read.
     */
    DetectionResult run(CommandSpec spec, Path dataDir, Path out) throws Exception {
        if ((file == null) == (dataset == null)) {
            throw new ParameterException(spec.commandLine(), "give a shipment file (SHIPMENTS) or --dataset NAME, not " + (file == null ? "neither" : "both"));
        }
        if (file != null) {
            // Checked before the lists and their index are loaded: a mistyped path is refused in a second, with its reason
            // (it came out as the bare path, after the index, from the record pass's own read).
            PrintWriter err = spec.commandLine().getErr();
            String why = Files.isDirectory(file) ? "is a directory, not a shipment file" : !Files.exists(file) ? "file not found"
                    : !Files.isReadable(file) ? "cannot read the file" : null;
            if (why != null) {
                err.println("error: " + file + ": " + why);
                err.println("no findings were written");
                return null;
            }
            return run(spec, dataDir, file, null, out);
        }
        PrintWriter err = spec.commandLine().getErr();
        // The stored rows go through the same reader as any file: written out as Parquet in the data directory
        // (where the user keeps large files), read once, deleted. The file's name is what summary.json records.
        Path work = Files.createDirectories(dataDir.resolve("work"));
        Path exported = Files.createTempDirectory(work, "dataset-").resolve("dataset-" + dataset + ".parquet");
        try {
            StoredDataset d;
            try (ShipmentStore store = ShipmentStore.open(dataDir)) {
                d = store.dataset(dataset).orElse(null);
                if (d == null) {
                    err.println("error: no dataset '" + dataset + "' in " + store.file() + "; store one with: chokepoint shipments load FILE --dataset "
                            + dataset);
                    return null;
                }
                store.exportParquet(dataset, exported);
            } catch (ShipmentStoreException e) {
                err.println("error: " + e.getMessage());
                return null;
            }
            err.printf("dataset '%s': %,d records stored from %s on %s (%,d rejected then)%n", d.name(), d.stored(), d.file(), d.loadedAt(), d.rejected());
            // The report and summary.json name the dataset, not the temporary export.
            String stored = d.file() == null ? "" : " (stored from " + Path.of(d.file()).getFileName() + ")";
            return run(spec, dataDir, exported, "dataset '" + d.name() + "'" + stored, out);
        } finally {
            deleteQuietly(exported);
            deleteQuietly(exported.getParent());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover work file is no reason to fail a finished run.
        }
    }

    private DetectionResult run(CommandSpec spec, Path dataDir, Path file, String inputName, Path out) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PartyResolution resolution = switch (resolutionMethod) {
            case PartyResolver.ALGORITHM -> new NetworkResolution();
            case "exact" -> new NormalizedNameResolution();
            case "resolve-v1" -> throw new ParameterException(spec.commandLine(),
                    "--resolution resolve-v1 was replaced by " + PartyResolver.ALGORITHM + " (legal forms anywhere, typos, abbreviations; docs/network.md)");
            default -> throw new ParameterException(spec.commandLine(), "--resolution must be " + PartyResolver.ALGORITHM + " or exact, not " + resolutionMethod);
        };
        List<Entity> entities;
        List<org.chokepoint.model.Ownership> ownerships;
        List<ListUsed> used = new ArrayList<>();
        List<Snapshot> snapshots;
        try (SnapshotStore store = SnapshotStore.open(dataDir)) {
            entities = store.currentEntities();
            ownerships = store.currentOwnerships();
            snapshots = store.currentSnapshots();
            for (Snapshot s : snapshots) {
                used.add(new ListUsed(s.source(), s.id(), s.published() == null ? null : s.published().toString(), s.loadedAt().toString(), s.entities()));
            }
        }
        if (entities.isEmpty()) {
            err.println("error: no lists loaded in " + dataDir + "; run: chokepoint lists update (or --from ../shared/data)");
            return null;
        }
        HsNomenclature hs = HsNomenclature.firstExisting(List.of(dataDir.resolve("hs").resolve("harmonized-system.csv"),
                HsNomenclature.SHARED_FILE.toAbsolutePath().normalize()));
        OwnershipInput.Loaded ownership;
        try {
            ownership = OwnershipInput.load(entities, ownerships, ownershipFile, err);
        } catch (org.chokepoint.lists.ListFormatException e) {
            err.println("error: --ownership " + e.getMessage());
            err.println("no findings were written");
            return null;
        }
        try (Progress progress = new Progress(System.err)) {
            progress.step("indexing " + entities.size() + " listed entities");
            // The screener of the screenable entities is kept on disk (its key names them, so --ownership gets its own).
            ListedIndex lists = ListedIndex.build(ownership.entities(), ownership.blocks(), org.chokepoint.screening.ScorerV1.DEFAULT_THRESHOLD,
                    screenable -> KeptIndex.open(dataDir, KeptIndex.SCREENABLE, snapshots, screenable, line -> progress.note(line, err)));
            DetectionSettings settings = new DetectionSettings(DetectionSettings.DEFAULTS.evidenceLimit(), DetectionSettings.DEFAULTS.namesScreened(),
                    DetectionSettings.DEFAULTS.matchesKept(), memory, DetectionSettings.DEFAULTS.threads(), DetectionSettings.DEFAULTS.listedAt());
            Detector detector = new Detector(lists, GoodsClassifier.standard(hs), SanctionsPolicy.STANDARD, resolution, settings, used);
            return detector.run(file, inputName, out, new DetectionProgress() {
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
            return null;
        }
    }
}
