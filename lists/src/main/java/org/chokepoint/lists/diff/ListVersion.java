package org.chokepoint.lists.diff;

import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.ListReader;
import org.chokepoint.lists.ListSources;
import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.lists.store.StoreException;
import org.chokepoint.model.Entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of a diff: a file or folder in a list format, or a stored snapshot named by number
 * ({@code 12}), by source ({@code ofac-sdn}: its current snapshot) or by source and age
 * ({@code ofac-sdn~1}: the one before the current).
 *
 * @param label    what a person reads ("ofac-sdn snapshot 12 of 2026-11-22", "sdn-2024-02-20.csv")
 * @param source   the list source
 * @param entities the entities of that version
 */
public record ListVersion(String label, String source, List<Entity> entities) {
    private static final Pattern AGE = Pattern.compile("^([a-z][a-z0-9:_-]*)(?:~(\\d+))?$");

    /**
     * Resolves a reference. Paths are tried first; the store is opened (through {@code store}) only for
     * snapshot references, so two files can be compared without a data directory.
     */
    public static ListVersion resolve(String ref, Supplier<SnapshotStore> store) throws ListFormatException, StoreException {
        Path p = Path.of(ref);
        if (Files.exists(p)) {
            ListReader reader = ListSources.recognise(p).orElseThrow(() -> new ListFormatException(p.getFileName().toString(), 0,
                    "not a list format Chokepoint recognises (" + ListSources.readers().stream().map(ListReader::source).toList() + ")"));
            ListLoad load = reader.read(p);
            return new ListVersion(p.getFileName().toString(), load.source(), load.entities());
        }
        SnapshotStore s = store.get();
        Snapshot snap;
        if (ref.matches("\\d+")) {
            snap = s.snapshot(Long.parseLong(ref)).orElseThrow(() -> new StoreException("no snapshot number " + ref + " (see `chokepoint lists status --all`)"));
        } else {
            Matcher m = AGE.matcher(ref);
            if (!m.matches()) throw new StoreException("'" + ref + "' is neither a file nor a snapshot (NUMBER, SOURCE or SOURCE~N)");
            List<Snapshot> all = s.snapshots(m.group(1));
            int age = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (all.isEmpty()) throw new StoreException("no stored snapshot of '" + m.group(1) + "' and no such file");
            int currentIndex = 0;
            for (int i = 0; i < all.size(); i++) if (all.get(i).current()) currentIndex = i;
            if (currentIndex + age >= all.size()) throw new StoreException(m.group(1) + " has only " + all.size() + " snapshot(s); " + ref + " does not exist");
            snap = all.get(currentIndex + age);
        }
        return new ListVersion(snap.source() + " snapshot " + snap.id() + " of " + snap.loadedAt().toString().substring(0, 10),
                snap.source(), s.entities(snap.id()));
    }
}
