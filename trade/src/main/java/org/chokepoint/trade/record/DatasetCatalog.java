package org.chokepoint.trade.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.lists.SourceFile;
import org.duckdb.DuckDBConnection;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bookkeeping tables of the shipment store: {@code datasets} (one row per named dataset: which
 * load wrote it, from what file, with what counts) and {@code shipment_rejects}, and the part tables
 * and views each load leaves. Works on the store's connection, inside whatever transaction it has open.
 */
final class DatasetCatalog {
    private static final Pattern LOAD_TABLE = Pattern.compile("shipments_(\\d+)(_p\\d+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DuckDBConnection conn;

    DatasetCatalog(DuckDBConnection conn) {
        this.conn = conn;
    }

    /** Creates the bookkeeping tables when the database is new. */
    void createSchema() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE SEQUENCE IF NOT EXISTS shipment_load_seq START 1");
            s.execute("""
                CREATE TABLE IF NOT EXISTS datasets (
                  name VARCHAR NOT NULL, load_id BIGINT NOT NULL, table_name VARCHAR NOT NULL, file VARCHAR, file_name VARCHAR,
                  bytes BIGINT, sha256 VARCHAR, format VARCHAR, loaded_at TIMESTAMP NOT NULL, records_read BIGINT, stored BIGINT,
                  rejected BIGINT, date_from DATE, date_to DATE, extra_columns VARCHAR, rejects_file VARCHAR, parts INTEGER NOT NULL)""");
            s.execute("CREATE TABLE IF NOT EXISTS shipment_rejects (load_id BIGINT, file VARCHAR, line BIGINT, column_name VARCHAR, reason VARCHAR, record_id VARCHAR)");
        }
    }

    /** Records a load as the dataset {@code name}. */
    void insert(String name, long loadId, String table, int parts, Path input, SourceFile source, ShipmentReader reader, long read,
                long stored, long rejected, LocalDate[] range, Path rejectsPath) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO datasets VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, name);
            p.setLong(2, loadId);
            p.setString(3, table);
            p.setString(4, input.toAbsolutePath().toString());
            p.setString(5, source.name());
            p.setLong(6, source.bytes());
            p.setString(7, source.sha256());
            p.setString(8, reader.format().label());
            p.setTimestamp(9, Timestamp.from(Instant.now()));
            p.setLong(10, read);
            p.setLong(11, stored);
            p.setLong(12, rejected);
            p.setObject(13, range[0]);
            p.setObject(14, range[1]);
            p.setString(15, json(reader.extraColumns()));
            p.setString(16, rejectsPath.toAbsolutePath().toString());
            p.setInt(17, parts);
            p.executeUpdate();
        }
    }

    /** Drops a dataset's tables, its rejections and its entry. */
    void drop(StoredDataset old) throws SQLException {
        int parts;
        try (PreparedStatement p = conn.prepareStatement("SELECT parts FROM datasets WHERE load_id = ?")) {
            p.setLong(1, old.loadId());
            try (ResultSet rs = p.executeQuery()) {
                parts = rs.next() ? rs.getInt(1) : 0;
            }
        }
        dropTables(old.loadId(), parts);
        try (PreparedStatement p = conn.prepareStatement("DELETE FROM datasets WHERE name = ?")) {
            p.setString(1, old.name());
            p.executeUpdate();
        }
    }

    private void dropTables(long loadId, int parts) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("DROP VIEW IF EXISTS " + ShipmentTable.view(loadId));
            for (int k = 0; k < parts; k++) s.execute("DROP TABLE IF EXISTS " + PartWriters.part(loadId, k));
            s.execute("DELETE FROM shipment_rejects WHERE load_id = " + loadId);
        }
    }

    /** Removes what a failed load committed before it failed (its part tables and their rejections). */
    void dropLoad(long loadId, int parts) {
        try {
            dropTables(loadId, parts);
        } catch (SQLException ignored) {
            // Left over; the next open sweeps tables no dataset refers to.
        }
    }

    /**
     * Drops tables and rejections of loads that no dataset refers to: what a process killed between
     * committing its part tables and switching the dataset leaves behind.
     */
    void sweep() throws SQLException {
        Set<Long> live = new HashSet<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT load_id FROM datasets")) {
            while (rs.next()) live.add(rs.getLong(1));
        }
        List<String[]> orphans = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' AND table_name LIKE 'shipments\\_%' ESCAPE '\\' "
                        + "ORDER BY table_type DESC")) {
            while (rs.next()) {
                var m = LOAD_TABLE.matcher(rs.getString(1));
                if (m.matches() && !live.contains(Long.parseLong(m.group(1)))) orphans.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement s = conn.createStatement()) {
            for (String[] o : orphans) s.execute((o[1].equals("VIEW") ? "DROP VIEW IF EXISTS " : "DROP TABLE IF EXISTS ") + o[0]);
            s.execute("DELETE FROM shipment_rejects WHERE load_id NOT IN (SELECT load_id FROM datasets)");
        }
    }

    /** The datasets a {@code SELECT * FROM datasets ...} with at most one string parameter finds. */
    List<StoredDataset> query(String sql, String param) throws ShipmentStoreException {
        List<StoredDataset> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            if (param != null) p.setString(1, param);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredDataset(rs.getString("name"), rs.getLong("load_id"), rs.getString("table_name"), rs.getString("file"),
                            new SourceFile(rs.getString("file_name"), rs.getLong("bytes"), rs.getString("sha256")),
                            ShipmentFormat.valueOf(rs.getString("format").toUpperCase(Locale.ROOT)),
                            rs.getTimestamp("loaded_at").toInstant(), rs.getLong("records_read"), rs.getLong("stored"), rs.getLong("rejected"),
                            rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
                            parse(rs.getString("extra_columns")), Path.of(rs.getString("rejects_file"))));
                }
            }
        } catch (SQLException e) {
            throw new ShipmentStoreException("cannot read the datasets: " + e.getMessage(), e);
        }
        return out;
    }

    private static String json(List<String> l) {
        try {
            return JSON.writeValueAsString(l);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> parse(String s) {
        try {
            return s == null ? List.of() : JSON.readValue(s, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt dataset metadata: " + e.getMessage(), e);
        }
    }
}
