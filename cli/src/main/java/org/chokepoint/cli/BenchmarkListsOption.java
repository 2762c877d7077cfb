package org.chokepoint.cli;

import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.store.StoreException;
import org.chokepoint.model.Entity;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --target} and {@code --sources} of the benchmarks built from real data: the list screened against
 * and the lists the queries come from, read from the store's current snapshots.
 */
public final class BenchmarkListsOption {
    @Option(names = "--target", defaultValue = "ofac-sdn", description = "the list screened against (default: ${DEFAULT-VALUE})")
    private String target;

    @Option(names = "--sources", split = ",", defaultValue = "uk-sanctions,opensanctions", description = "lists the queries come from (default: ${DEFAULT-VALUE})")
    private List<String> sources;

    /** The target's and the sources' entities. */
    public record Lists(String target, List<Entity> targetEntities, Map<String, List<Entity>> sources) {}

    /** Reads the current entities; a missing list is an error that names it and says what to run. */
    public Lists load(Path dataDir) throws StoreException {
        List<Entity> all;
        try (SnapshotStore store = SnapshotStore.open(dataDir)) {
            all = store.currentEntities();
        }
        List<Entity> targetEntities = all.stream().filter(e -> e.source().equals(target)).toList();
        if (targetEntities.isEmpty()) throw new StoreException("no current snapshot of " + target + " in " + dataDir + "; run `chokepoint lists update` first");
        Map<String, List<Entity>> bySource = new LinkedHashMap<>();
        for (String s : sources) {
            List<Entity> es = all.stream().filter(e -> e.source().equals(s)).toList();
            if (es.isEmpty()) throw new StoreException("no current snapshot of " + s + " in " + dataDir);
            bySource.put(s, es);
        }
        return new Lists(target, targetEntities, bySource);
    }
}
