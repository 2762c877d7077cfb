package org.chokepoint.lists.update;

import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.store.Snapshot;

import java.nio.file.Path;

/**
 * What happened to one source in an update.
 *
 * @param source   the source id
 * @param path     what was read
 * @param load     what the reader produced, or null when reading failed
 * @param snapshot the stored snapshot (or, when {@code unchanged}, the current one the load equals), or null on failure
 * @param error    why nothing was stored, or null on success
 * @param unchanged the load held exactly what the current snapshot holds, so no new snapshot was stored
 */
public record SourceOutcome(String source, Path path, ListLoad load, Snapshot snapshot, String error, boolean unchanged) {
    public boolean ok() {
        return error == null;
    }
}
