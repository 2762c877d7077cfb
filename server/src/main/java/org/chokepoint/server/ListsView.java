package org.chokepoint.server;

import org.chokepoint.lists.diff.ListDiff;
import org.chokepoint.lists.index.KeptIndex;
import org.chokepoint.lists.store.EntityVersion;
import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.store.StoreException;
import org.chokepoint.lists.update.Downloader;
import org.chokepoint.lists.update.ListUpdater;
import org.chokepoint.lists.update.SourceCatalog;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.Screener;
import org.chokepoint.server.triage.EntityFingerprint;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lists as the desk sees them: the snapshot store (not thread-safe, so every use is under this
 * object's lock) and, built from its current snapshots, the screener and the current entities by id. An
 * update swaps in a new screener atomically; a request in flight finishes on the one it started with.
 * Thread-safe.
 */
public final class ListsView implements AutoCloseable {
    /** What screening and entity look-ups use; replaced whole after an update. */
    private record Current(Screener screener, Map<String, Entity> entities, Map<String, String> fingerprints) {}

    private final SnapshotStore store;
    private final Path dataDir;
    private final Path updateFrom;
    private volatile Current current;

    /**
     * @param updateFrom the folder an admin's update loads from (laid out like {@code ../shared/data}), or null
     *                   to download from the official publishers
     */
    public ListsView(SnapshotStore store, Path dataDir, Path updateFrom) {
        this.store = store;
        this.dataDir = dataDir;
        this.updateFrom = updateFrom;
        this.current = build();
    }

    private Current build() {
        List<Entity> all;
        List<Snapshot> snapshots;
        synchronized (this) {
            all = call(store::currentEntities);
            snapshots = call(store::currentSnapshots);
        }
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : all) byId.putIfAbsent(e.id(), e);
        // Read from the index kept in the data directory when it is the one of these lists (written by lists update).
        Screener screener = dataDir == null ? Screener.build(all) : KeptIndex.open(dataDir, KeptIndex.CURRENT, snapshots, all, System.err::println);
        return new Current(screener, Map.copyOf(byId), new ConcurrentHashMap<>());
    }

    /** Rebuilds the screener and entity index from the store's current snapshots (after a load by other means). */
    public void reload() {
        current = build();
    }

    public Screener screener() {
        return current.screener();
    }

    /** The entity as the current snapshot of its list has it. */
    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(current.entities().get(id));
    }

    /** The fingerprint of the entity's current list record, or {@link EntityFingerprint#ABSENT}; computed once per entity and snapshot. */
    public String fingerprint(String entityId) {
        Current c = current;
        return c.fingerprints().computeIfAbsent(entityId, id -> EntityFingerprint.of(c.entities().get(id)));
    }

    /** Every entity of the current snapshots (what a detection run screens against). */
    public List<Entity> currentEntities() {
        return List.copyOf(current.entities().values());
    }

    public int entityCount() {
        return current.entities().size();
    }

    public synchronized List<Snapshot> currentSnapshots() {
        return call(store::currentSnapshots);
    }

    /** Every snapshot of a source, newest first. */
    public synchronized List<Snapshot> snapshots(String source) {
        return call(() -> store.snapshots(source));
    }

    public synchronized List<EntityVersion> history(String entityId) {
        return call(() -> store.history(entityId));
    }

    /** The diff of a source between two snapshots; by default the one before the current, and the current. */
    public synchronized Diff diff(String source, Long from, Long to) {
        List<Snapshot> all = call(() -> store.snapshots(source));
        if (all.isEmpty()) throw new NoSuchElementException("no snapshot of list '" + source + "'");
        Snapshot after = to == null ? all.stream().filter(Snapshot::current).findFirst().orElse(all.get(0)) : pick(all, to);
        Snapshot before = from == null ? all.stream().filter(s -> s.id() < after.id()).findFirst().orElse(null) : pick(all, from);
        List<Entity> old = before == null ? List.of() : call(() -> store.entities(before.id()));
        List<Entity> now = call(() -> store.entities(after.id()));
        return new Diff(before, after, ListDiff.compare(old, now));
    }

    /** A diff with the snapshots it compares; {@code before} is null when the source has a single snapshot. */
    public record Diff(Snapshot before, Snapshot after, ListDiff diff) {}

    private static Snapshot pick(List<Snapshot> all, long id) {
        return all.stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NoSuchElementException("snapshot " + id + " is not a snapshot of this list"));
    }

    /** Loads new snapshots (from the configured folder, or the publishers) and swaps in a new screener. */
    public ListUpdater.Update update() {
        ListUpdater.Update u;
        synchronized (this) {
            ListUpdater updater = new ListUpdater(store, ListUpdater.DEFAULT_MIN_SHARE);
            try {
                if (updateFrom != null) {
                    u = updater.fromFolder(updateFrom, step -> {});
                } else {
                    Path downloads = dataDir.resolve("downloads").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                    u = updater.fromPublishers(SourceCatalog.load(dataDir), new Downloader(Duration.ofSeconds(120)), downloads, step -> {});
                }
            } catch (IOException e) {
                throw new DeskException("list update failed: " + e.getMessage(), e);
            }
        }
        current = build();
        return u;
    }

    public Path updateFrom() {
        return updateFrom;
    }

    private interface StoreCall<T> {
        T call() throws StoreException;
    }

    private static <T> T call(StoreCall<T> c) {
        try {
            return c.call();
        } catch (StoreException e) {
            throw new DeskException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        store.close();
    }
}
