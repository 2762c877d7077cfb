package org.chokepoint.lists.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.SourceFile;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Ownership;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Snapshots of the lists in an embedded DuckDB database ({@code lists.duckdb} in the data directory).
 * One process holds the database at a time (DuckDB's file lock); instances are not thread-safe.
 *
 * <p>Each {@link #save} runs in one transaction: the snapshot row, its entities, names, identifiers,
 * ownerships and rejections, and the switch of the source's current snapshot. Any failure rolls all of
 * it back, so readers of the store never see a half-written list.
 */
public final class SnapshotStore implements AutoCloseable {
    public static final String FILE_NAME = "lists.duckdb";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DuckDBConnection conn;
    private final Path file;

    private SnapshotStore(DuckDBConnection conn, Path file) {
        this.conn = conn;
        this.file = file;
    }

    /** Opens (creating when needed) the store in {@code dataDir}. */
    public static SnapshotStore open(Path dataDir) throws StoreException {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            SnapshotStore store = new SnapshotStore((DuckDBConnection) c, file);
            store.createSchema();
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The JDBC connection, for other stores that keep their tables in the same database. */
    public Connection connection() {
        return conn;
    }

    private void createSchema() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE SEQUENCE IF NOT EXISTS snapshot_seq START 1");
            s.execute("""
                CREATE TABLE IF NOT EXISTS snapshots (
                  snapshot_id BIGINT PRIMARY KEY, source VARCHAR NOT NULL, origin VARCHAR, loaded_at TIMESTAMP NOT NULL,
                  published DATE, files VARCHAR, entities INTEGER, names INTEGER, identifiers INTEGER, ownerships INTEGER,
                  records_read BIGINT, rejected INTEGER, warnings VARCHAR, current BOOLEAN NOT NULL)""");
            s.execute("""
                CREATE TABLE IF NOT EXISTS entities (
                  snapshot_id BIGINT NOT NULL, entity_id VARCHAR NOT NULL, source VARCHAR NOT NULL, schema VARCHAR,
                  name VARCHAR, doc VARCHAR NOT NULL)""");
            s.execute("CREATE TABLE IF NOT EXISTS names (snapshot_id BIGINT, entity_id VARCHAR, name VARCHAR, kind VARCHAR, script VARCHAR)");
            s.execute("CREATE TABLE IF NOT EXISTS identifiers (snapshot_id BIGINT, entity_id VARCHAR, type VARCHAR, value VARCHAR, country VARCHAR, valid BOOLEAN)");
            s.execute("CREATE TABLE IF NOT EXISTS ownerships (snapshot_id BIGINT, relation_id VARCHAR, owner_id VARCHAR, asset_id VARCHAR, percentage DOUBLE, role VARCHAR)");
            s.execute("CREATE TABLE IF NOT EXISTS rejections (snapshot_id BIGINT, file VARCHAR, line BIGINT, field VARCHAR, reason VARCHAR)");
            // Added after the first stores were written: a store from before gets them empty (content unknown, never re-checked).
            s.execute("ALTER TABLE snapshots ADD COLUMN IF NOT EXISTS content VARCHAR");
            s.execute("ALTER TABLE snapshots ADD COLUMN IF NOT EXISTS checked_at TIMESTAMP");
        }
    }

    /**
     * Stores a load as a new snapshot and makes it the source's current one, all in one transaction, even when the
     * current snapshot holds the same content ({@link #saveIfChanged} does not).
     *
     * @param origin    where the files came from, for the record
     * @param minShare  refuse the load (keeping the previous snapshot current) when it has fewer than this
     *                  share of the current snapshot's entities, which catches truncated downloads; 0 disables
     */
    public Snapshot save(ListLoad load, String origin, double minShare) throws StoreException {
        List<String> docs = docs(load);
        return store(load, docs, LoadContent.fingerprint(load, docs), current(load.source()), origin, minShare);
    }

    /**
     * What {@link #saveIfChanged} did: stored a new snapshot, or found the load identical to the current one.
     *
     * @param snapshot  the new snapshot, or the current one the load was identical to (its check time now)
     * @param unchanged true when nothing new was stored
     */
    public record Saved(Snapshot snapshot, boolean unchanged) {}

    /**
     * Stores a load as {@link #save} does, unless the source's current snapshot holds exactly the same content (the same
     * entities, ownerships, rejections and warnings as stored: {@link LoadContent}). Then nothing new is stored, and the
     * current snapshot records the time it was found unchanged, so that a list fetched again every day keeps one
     * snapshot per change (its history, diffs and the screening index built on it stay as they are).
     */
    public Saved saveIfChanged(ListLoad load, String origin, double minShare) throws StoreException {
        List<String> docs = docs(load);
        String content = LoadContent.fingerprint(load, docs);
        Optional<Snapshot> previous = current(load.source());
        if (previous.isPresent() && content.equals(contentOf(previous.get().id()))) {
            try (PreparedStatement p = conn.prepareStatement("UPDATE snapshots SET checked_at = ? WHERE snapshot_id = ?")) {
                p.setTimestamp(1, Timestamp.from(Instant.now()));
                p.setLong(2, previous.get().id());
                p.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(load.source() + ": cannot record the check of the unchanged list (" + e.getMessage() + ")", e);
            }
            return new Saved(snapshot(previous.get().id()).orElseThrow(), true);
        }
        return new Saved(store(load, docs, content, previous, origin, minShare), false);
    }

    private static List<String> docs(ListLoad load) {
        List<String> docs = new ArrayList<>(load.entities().size());
        for (Entity e : load.entities()) docs.add(EntityJson.toJson(e));
        return docs;
    }

    /** The content fingerprint stored with a snapshot, or null for one stored before fingerprints were kept. */
    private String contentOf(long snapshotId) throws StoreException {
        try (PreparedStatement p = conn.prepareStatement("SELECT content FROM snapshots WHERE snapshot_id = ?")) {
            p.setLong(1, snapshotId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    /** @param previous the source's current snapshot, read once by the caller */
    private Snapshot store(ListLoad load, List<String> docs, String content, Optional<Snapshot> previous, String origin, double minShare)
            throws StoreException {
        if (load.entities().isEmpty()) throw new StoreException(load.source() + ": the load has no entities; nothing stored");
        if (previous.isPresent() && minShare > 0 && load.entities().size() < minShare * previous.get().entities()) {
            throw new StoreException(String.format("%s: the new load has %,d entities, fewer than %.0f%% of the current snapshot's %,d; "
                    + "refusing it as probably truncated (the current snapshot stays)", load.source(), load.entities().size(),
                    minShare * 100, previous.get().entities()));
        }
        Instant now = Instant.now();
        try {
            conn.setAutoCommit(false);
            long id;
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT nextval('snapshot_seq')")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO snapshots (snapshot_id, source, origin, loaded_at, published, files, "
                    + "entities, names, identifiers, ownerships, records_read, rejected, warnings, current, content, checked_at) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,false,?,?)")) {
                p.setLong(1, id);
                p.setString(2, load.source());
                p.setString(3, origin);
                p.setTimestamp(4, Timestamp.from(now));
                p.setObject(5, load.published());
                p.setString(6, json(load.files()));
                p.setInt(7, load.entities().size());
                p.setInt(8, (int) load.nameCount());
                p.setInt(9, (int) load.identifierCount());
                p.setInt(10, load.ownerships().size());
                p.setLong(11, load.recordsRead());
                p.setInt(12, load.rejections().size());
                p.setString(13, json(load.warnings()));
                p.setString(14, content);
                p.setTimestamp(15, Timestamp.from(now));
                p.executeUpdate();
            }
            append(id, load, docs);
            try (PreparedStatement p = conn.prepareStatement("UPDATE snapshots SET current = (snapshot_id = ?) WHERE source = ?")) {
                p.setLong(1, id);
                p.setString(2, load.source());
                p.executeUpdate();
            }
            conn.commit();
            return snapshot(id).orElseThrow();
        } catch (SQLException | RuntimeException e) {
            ConnectionEnd.rollback(conn);
            throw new StoreException(load.source() + ": the load was not stored (" + e.getMessage() + "); the previous snapshot stays current", e);
        } finally {
            ConnectionEnd.autoCommit(conn);
        }
    }

    private void append(long id, ListLoad load, List<String> docs) throws SQLException {
        try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "entities")) {
            for (int i = 0; i < docs.size(); i++) {
                Entity e = load.entities().get(i);
                a.beginRow();
                a.append(id); a.append(e.id()); a.append(e.source()); a.append(e.schema().label()); a.append(e.name());
                a.append(docs.get(i));
                a.endRow();
            }
        }
        try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "names")) {
            for (Entity e : load.entities()) {
                for (EntityName n : e.names()) {
                    a.beginRow();
                    a.append(id); a.append(e.id()); a.append(n.value()); a.append(n.kind().name()); a.append(n.script());
                    a.endRow();
                }
            }
        }
        try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "identifiers")) {
            for (Entity e : load.entities()) {
                for (Identifier i : e.identifiers()) {
                    a.beginRow();
                    a.append(id); a.append(e.id()); a.append(i.type().label()); a.append(i.value()); a.append(i.country()); a.append(i.valid());
                    a.endRow();
                }
            }
        }
        try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ownerships")) {
            for (Ownership o : load.ownerships()) {
                a.beginRow();
                a.append(id); a.append(o.id()); a.append(o.ownerId()); a.append(o.assetId());
                if (o.percentage() == null) a.appendNull(); else a.append(o.percentage().doubleValue());
                a.append(o.role());
                a.endRow();
            }
        }
        try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rejections")) {
            for (Rejection r : load.rejections()) {
                a.beginRow();
                a.append(id); a.append(r.file()); a.append(r.line()); a.append(r.field()); a.append(r.reason());
                a.endRow();
            }
        }
    }

    /** The current snapshot of every source, by source name. */
    public List<Snapshot> currentSnapshots() throws StoreException {
        return query("SELECT * FROM snapshots WHERE current ORDER BY source", null);
    }

    public Optional<Snapshot> current(String source) throws StoreException {
        return query("SELECT * FROM snapshots WHERE current AND source = ?", source).stream().findFirst();
    }

    /** Every snapshot of a source, newest first. */
    public List<Snapshot> snapshots(String source) throws StoreException {
        return query("SELECT * FROM snapshots WHERE source = ? ORDER BY snapshot_id DESC", source);
    }

    public List<Snapshot> allSnapshots() throws StoreException {
        return query("SELECT * FROM snapshots ORDER BY snapshot_id", null);
    }

    public Optional<Snapshot> snapshot(long id) throws StoreException {
        return query("SELECT * FROM snapshots WHERE snapshot_id = ?", id).stream().findFirst();
    }

    /** The entities of one snapshot, in load order. */
    public List<Entity> entities(long snapshotId) throws StoreException {
        return docs("SELECT doc FROM entities WHERE snapshot_id = ? ORDER BY rowid", snapshotId);
    }

    /** The entities of every current snapshot. */
    public List<Entity> currentEntities() throws StoreException {
        return docs("SELECT e.doc FROM entities e JOIN snapshots s USING (snapshot_id) WHERE s.current ORDER BY e.snapshot_id, e.rowid", null);
    }

    /**
     * {@link #currentEntities()}, each parsed only when asked for ({@link StoredEntities}): for a command that reads its
     * screening index from disk and looks at a few entities.
     */
    public StoredEntities currentEntitiesUnparsed() throws StoreException {
        List<String> ids = new ArrayList<>(), docs = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT e.entity_id, e.doc FROM entities e JOIN snapshots s USING (snapshot_id) WHERE s.current "
                + "ORDER BY e.snapshot_id, e.rowid");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                docs.add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read entities: " + e.getMessage(), e);
        }
        return new StoredEntities(ids.toArray(String[]::new), docs.toArray(String[]::new));
    }

    /**
     * {@link #currentEntitiesUnparsed()} with only the ids read now: each entity's document is read from the store when
     * the entity is first asked for. For one name screened against the kept index, which looks at a few dozen entities:
     * reading every document (some 30,000, with their raw records) was a fifth of such a run. The store must stay open
     * while the entities are used; reads of documents from several threads are serialised on the store.
     */
    public StoredEntities currentEntitiesOnDemand() throws StoreException {
        List<String> ids = new ArrayList<>();
        long[] rows = new long[1024];
        int n = 0;
        try (PreparedStatement p = conn.prepareStatement("SELECT e.entity_id, e.rowid FROM entities e JOIN snapshots s USING (snapshot_id) "
                + "WHERE s.current ORDER BY e.snapshot_id, e.rowid");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                if (n == rows.length) rows = java.util.Arrays.copyOf(rows, n * 2);
                rows[n++] = rs.getLong(2);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read entities: " + e.getMessage(), e);
        }
        long[] rowOf = rows;
        return new StoredEntities(ids.toArray(String[]::new), i -> docAtRow(rowOf[i], ids.get(i)));
    }

    /** The stored document in row {@code row} of the entities table, which must be entity {@code id}'s. */
    private synchronized String docAtRow(long row, String id) {
        try (PreparedStatement p = conn.prepareStatement("SELECT entity_id, doc FROM entities WHERE rowid = ?")) {
            p.setLong(1, row);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next() || !id.equals(rs.getString(1))) {
                    throw new IllegalStateException("the store changed while in use: row " + row + " is no longer entity " + id);
                }
                return rs.getString(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read entity " + id + " from the store: " + e.getMessage(), e);
        }
    }

    /** The ownership relations of every current snapshot. */
    public List<Ownership> currentOwnerships() throws StoreException {
        List<Ownership> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT o.relation_id, o.owner_id, o.asset_id, o.percentage, o.role FROM ownerships o "
                + "JOIN snapshots s USING (snapshot_id) WHERE s.current ORDER BY o.rowid");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                double pct = rs.getDouble(4);
                out.add(new Ownership(rs.getString(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : pct, rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read ownerships: " + e.getMessage(), e);
        }
        return out;
    }

    /** The entity as it stands in each snapshot that has it, oldest first. */
    public List<EntityVersion> history(String entityId) throws StoreException {
        List<EntityVersion> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT snapshot_id, doc FROM entities WHERE entity_id = ? ORDER BY snapshot_id")) {
            p.setString(1, entityId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(new EntityVersion(snapshot(rs.getLong(1)).orElseThrow(), EntityJson.fromJson(rs.getString(2))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read entity " + entityId + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Rejections recorded with a snapshot. */
    public List<Rejection> rejections(long snapshotId) throws StoreException {
        List<Rejection> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT file, line, field, reason FROM rejections WHERE snapshot_id = ? ORDER BY rowid")) {
            p.setLong(1, snapshotId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(new Rejection(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read rejections: " + e.getMessage(), e);
        }
        return out;
    }

    private List<Entity> docs(String sql, Object param) throws StoreException {
        List<Entity> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            if (param != null) p.setObject(1, param);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(EntityJson.fromJson(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read entities: " + e.getMessage(), e);
        }
        return out;
    }

    private List<Snapshot> query(String sql, Object param) throws StoreException {
        List<Snapshot> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            if (param != null) p.setObject(1, param);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read snapshots: " + e.getMessage(), e);
        }
        return out;
    }

    private static Snapshot row(ResultSet rs) throws SQLException {
        LocalDate published = rs.getObject("published", LocalDate.class);
        Instant loaded = rs.getTimestamp("loaded_at").toInstant();
        Timestamp checked = rs.getTimestamp("checked_at");
        return new Snapshot(rs.getLong("snapshot_id"), rs.getString("source"), rs.getString("origin"),
                loaded, published, parse(rs.getString("files"), new TypeReference<List<SourceFile>>() {}),
                rs.getInt("entities"), rs.getInt("names"), rs.getInt("identifiers"), rs.getInt("ownerships"),
                rs.getLong("records_read"), rs.getInt("rejected"), parse(rs.getString("warnings"), new TypeReference<List<String>>() {}),
                rs.getBoolean("current"), checked == null ? loaded : checked.toInstant());
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T parse(String s, TypeReference<T> type) {
        try {
            return JSON.readValue(s == null ? "[]" : s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt snapshot metadata: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        ConnectionEnd.close(conn);
    }
}
