package org.chokepoint.lists.update;

import org.chokepoint.lists.FolderScan;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.ListReader;
import org.chokepoint.lists.ListSources;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads recognised list files into the store, one snapshot per source. A source whose file is unusable,
 * or whose load fails the store's checks, is reported and leaves its previous snapshot current; the
 * others still load. A source whose content is exactly that of its current snapshot stores nothing new
 * ({@link SnapshotStore#saveIfChanged}).
 */
public final class ListUpdater {
    /** A new snapshot with fewer than this share of the current one's entities is refused as truncated. */
    public static final double DEFAULT_MIN_SHARE = 0.5;

    private final SnapshotStore store;
    private final double minShare;

    public ListUpdater(SnapshotStore store, double minShare) {
        this.store = store;
        this.minShare = minShare;
    }

    /** Loads every list found under the folder. {@code progress} hears "reading X" / "storing X" steps. */
    public Update fromFolder(Path folder, Consumer<String> progress) throws IOException {
        FolderScan scan = FolderScan.of(folder);
        List<SourceOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, Path> e : scan.found().entrySet()) {
            // Several readers may share a source id (OpenSanctions CSV and FollowTheMoney JSON): ask again which one.
            ListReader reader = ListSources.recognise(e.getValue()).orElseThrow();
            outcomes.add(load(reader, e.getValue(), e.getValue().toString(), progress));
        }
        return new Update(outcomes, scan.skipped());
    }

    /**
     * Downloads every source of the catalog into {@code downloads/<source>/} and loads it. A source
     * whose download fails is reported and keeps its previous snapshot.
     */
    public Update fromPublishers(SourceCatalog catalog, Downloader downloader, Path downloads, Consumer<String> progress) {
        List<SourceOutcome> outcomes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, Map<String, java.net.URI>> e : catalog.urls().entrySet()) {
            String source = e.getKey();
            var reader = ListSources.reader(source);
            if (reader.isEmpty()) {
                skipped.add(source + ": no reader for this source id (check sources.properties)");
                continue;
            }
            Path dir = downloads.resolve(source.replace(':', '_'));
            progress.accept("downloading " + source);
            try {
                downloader.fetch(e.getValue(), dir);
            } catch (IOException ex) {
                outcomes.add(new SourceOutcome(source, dir, null, null, ex.getMessage() + "; the previous snapshot stays current", false));
                continue;
            }
            Path path = reader.get().recognises(dir) ? dir : dir.resolve(e.getValue().keySet().iterator().next());
            outcomes.add(load(reader.get(), path, String.join(" ", e.getValue().values().stream().map(Object::toString).toList()), progress));
        }
        return new Update(outcomes, skipped);
    }

    /** Reads one path with one reader and stores it. Never throws for bad input: the outcome says what went wrong. */
    public SourceOutcome load(ListReader reader, Path path, String origin, Consumer<String> progress) {
        ListLoad load;
        progress.accept("reading " + reader.source());
        try {
            load = reader.read(path);
        } catch (ListFormatException ex) {
            return new SourceOutcome(reader.source(), path, null, null, ex.getMessage(), false);
        } catch (RuntimeException ex) {
            return new SourceOutcome(reader.source(), path, null, null, path + ": cannot read: " + ex, false);
        }
        progress.accept("storing " + reader.source());
        try {
            SnapshotStore.Saved saved = store.saveIfChanged(load, origin, minShare);
            return new SourceOutcome(reader.source(), path, load, saved.snapshot(), null, saved.unchanged());
        } catch (StoreException ex) {
            return new SourceOutcome(reader.source(), path, load, null, ex.getMessage(), false);
        }
    }

    /** The outcome per source, and what the folder scan skipped. */
    public record Update(List<SourceOutcome> outcomes, List<String> skipped) {
        public boolean allOk() {
            return outcomes.stream().allMatch(SourceOutcome::ok);
        }
    }
}
