package org.chokepoint.lists.index;

import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.lists.store.StoredEntities;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreenerFile;
import org.chokepoint.screening.UnusableIndexException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * A screening index kept in the data directory ({@code DATA/index/screening-KIND.bin}, {@link ScreenerFile}), one file
 * per kind of entity set: {@link #CURRENT} (every entity of the current snapshots: {@code screen}, the desk) and
 * {@link #SCREENABLE} (the listed ones and those blocked by ownership: {@code detect}). Its key names the current
 * snapshots (source, number, load time: a snapshot never changes once stored) and the entities indexed (their count and a
 * hash of their ids), besides the scorer and code that {@link ScreenerFile#key} adds. Stateless; thread-safe as long as
 * two processes do not write the same data directory (the store's lock already prevents it).
 */
public final class KeptIndex {
    /** Every entity of the current snapshots. */
    public static final String CURRENT = "current";
    /** The entities {@code detect} screens against: listed, or blocked by ownership. */
    public static final String SCREENABLE = "screenable";

    private KeptIndex() {}

    /** Where the index of this kind lives in {@code dataDir}. */
    public static Path file(Path dataDir, String kind) {
        return dataDir.resolve("index").resolve("screening-" + kind + ".bin");
    }

    /**
     * The key's words for these snapshots and entities: each snapshot as {@code source#number@loaded}, then the entity
     * count and the first 16 hex digits of the SHA-256 of their ids in order.
     */
    public static String lists(List<Snapshot> snapshots, List<String> ids) {
        StringBuilder b = new StringBuilder();
        for (Snapshot s : snapshots) {
            if (!b.isEmpty()) b.append(' ');
            b.append(s.source()).append('#').append(s.id()).append('@').append(s.loadedAt());
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String id : ids) {
            md.update(id.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return b.append(", ").append(ids.size()).append(" entities ").append(HexFormat.of().formatHex(md.digest(), 0, 8)).toString();
    }

    /**
     * The screener of {@code entities}: read from the kept file of this kind when it is usable, else built and written
     * there for the next run. Never fails for the file's sake: an unusable file is rebuilt, one that cannot be read or
     * written is left, each with one line to {@code note}.
     *
     * @param snapshots the current snapshots the entities come from
     * @param note      where the one-line messages go (the command's stderr); a message says what was done and why
     */
    public static Screener open(Path dataDir, String kind, List<Snapshot> snapshots, List<Entity> entities, Consumer<String> note) {
        return open(dataDir, kind, snapshots, entities, ids(entities), note);
    }

    /**
     * {@link #open(Path, String, List, List, Consumer)} over entities parsed only when asked for: read from the kept file,
     * the screener parses only the entities it scores.
     */
    public static Screener open(Path dataDir, String kind, List<Snapshot> snapshots, StoredEntities entities, Consumer<String> note) {
        return open(dataDir, kind, snapshots, entities, entities.ids(), note);
    }

    private static List<String> ids(List<Entity> entities) {
        return entities.stream().map(Entity::id).toList();
    }

    private static Screener open(Path dataDir, String kind, List<Snapshot> snapshots, List<Entity> entities, List<String> ids, Consumer<String> note) {
        Path file = file(dataDir, kind);
        String key = ScreenerFile.key(lists(snapshots, ids));
        try {
            return ScreenerFile.read(file, key, entities, ids);
        } catch (NoSuchFileException e) {
            note.accept("screening index: none kept yet (" + file + "); building it");
        } catch (UnusableIndexException e) {
            note.accept("screening index: " + file + " is unusable: " + e.getMessage() + "; rebuilding it");
        } catch (IOException | RuntimeException e) {
            note.accept("screening index: cannot read " + file + " (" + e + "); rebuilding it");
        }
        Screener built = Screener.build(entities);
        write(file, key, built, note);
        return built;
    }

    /** What {@link #refresh} did. */
    public enum Refresh { WRITTEN, UP_TO_DATE, NOT_WRITTEN }

    /**
     * Builds the index of this kind and writes it (after {@code lists update}), unless the kept file's key is already
     * the one these lists give; a file that cannot be written is noted, not thrown.
     */
    public static Refresh refresh(Path dataDir, String kind, List<Snapshot> snapshots, List<Entity> entities, Consumer<String> note) {
        return refresh(dataDir, kind, snapshots, entities, ids(entities), note);
    }

    /**
     * {@link #refresh(Path, String, List, List, Consumer)} over entities parsed only when the index must be built: an
     * update that found every list unchanged parses none of them.
     */
    public static Refresh refresh(Path dataDir, String kind, List<Snapshot> snapshots, StoredEntities entities, Consumer<String> note) {
        return refresh(dataDir, kind, snapshots, entities, entities.ids(), note);
    }

    private static Refresh refresh(Path dataDir, String kind, List<Snapshot> snapshots, List<Entity> entities, List<String> ids, Consumer<String> note) {
        Path file = file(dataDir, kind);
        String key = ScreenerFile.key(lists(snapshots, ids));
        if (ScreenerFile.keyOf(file).filter(key::equals).isPresent()) return Refresh.UP_TO_DATE;
        return write(file, key, Screener.build(entities), note) ? Refresh.WRITTEN : Refresh.NOT_WRITTEN;
    }

    private static boolean write(Path file, String key, Screener screener, Consumer<String> note) {
        try {
            ScreenerFile.write(screener, key, file);
            return true;
        } catch (IOException | RuntimeException e) {
            note.accept("screening index: cannot write " + file + " (" + e.getMessage() + "); the next run builds it again");
            return false;
        }
    }
}
