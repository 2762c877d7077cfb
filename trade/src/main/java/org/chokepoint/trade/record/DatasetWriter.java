package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The writing half of one load, inside the store's transaction: valid rows into the new dataset table
 * through DuckDB's appender, every rejection into {@code shipment_rejects} and the rejects file, then
 * the repeated record_ids out. Keeps the counts, and the first rejections for the report. Used once;
 * not thread-safe.
 */
final class DatasetWriter {
    private static final int PROGRESS_EVERY = 1 << 16;

    private final DuckDBConnection conn;
    private final ShipmentReader reader;
    private final long loadId;
    private final String table;
    private final List<Rejection> first = new ArrayList<>();
    private long rejectedRows;
    private long problems;

    DatasetWriter(DuckDBConnection conn, ShipmentReader reader, long loadId, String table) {
        this.conn = conn;
        this.reader = reader;
        this.loadId = loadId;
        this.table = table;
    }

    /** Reads the file to its end (on a second thread, see {@link ReadAhead}), appending each row where it belongs. */
    void append(RejectsFile rejects, LongConsumer progress) throws SQLException, ShipmentFileException {
        long read = 0;
        try (DuckDBAppender rows = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
             DuckDBAppender rejected = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "shipment_rejects");
             ReadAhead ahead = new ReadAhead(reader)) {
            ParsedRow row;
            while ((row = ahead.next()) != null) {
                if (row.ok()) ShipmentTable.append(rows, row.line(), row.shipment());
                else reject(row.problems(), row.recordId(), rejects, rejected);
                if (++read % PROGRESS_EVERY == 0) progress.accept(read);
            }
        }
        progress.accept(read);
    }

    /**
     * A record_id must be unique in a dataset. Checking in DuckDB after the append keeps memory flat
     * however many ids; the first occurrence stays and each later one is rejected, pointing at it.
     */
    void rejectDuplicates(RejectsFile rejects) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) - count(DISTINCT record_id) FROM " + table)) {
            rs.next();
            if (rs.getLong(1) == 0) return;
        }
        String where = reader.format() == ShipmentFormat.CSV ? "line" : "row";
        String dups = "dup_" + loadId;
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TEMP TABLE " + dups + " AS SELECT line, record_id, first_line FROM (SELECT line, record_id, "
                    + "min(line) OVER (PARTITION BY record_id) AS first_line FROM " + table + ") WHERE line <> first_line");
            try (DuckDBAppender rejected = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "shipment_rejects");
                 ResultSet rs = s.executeQuery("SELECT line, record_id, first_line FROM " + dups + " ORDER BY line")) {
                while (rs.next()) {
                    String id = rs.getString(2);
                    Rejection r = new Rejection(reader.name(), rs.getLong(1), ShipmentColumn.RECORD_ID.column(),
                            "duplicate record_id '" + id + "' (first on " + where + " " + rs.getLong(3) + ")");
                    reject(List.of(r), id, rejects, rejected);
                }
            }
            s.execute("DELETE FROM " + table + " WHERE line IN (SELECT line FROM " + dups + ")");
            s.execute("DROP TABLE " + dups);
        }
        first.sort(Comparator.comparingLong(Rejection::line));
        while (first.size() > ShipmentStore.FIRST_REJECTIONS) first.remove(first.size() - 1);
    }

    private void reject(List<Rejection> reasons, String recordId, RejectsFile file, DuckDBAppender rejected) throws SQLException {
        rejectedRows++;
        for (Rejection r : reasons) {
            problems++;
            if (first.size() < ShipmentStore.FIRST_REJECTIONS) first.add(r);
            file.write(r, recordId);
            rejected.beginRow();
            rejected.append(loadId);
            rejected.append(r.file());
            rejected.append(r.line());
            if (r.field() == null) rejected.appendNull();
            else rejected.append(r.field());
            rejected.append(r.reason());
            if (recordId == null) rejected.appendNull();
            else rejected.append(recordId);
            rejected.endRow();
        }
    }

    long rejectedRows() {
        return rejectedRows;
    }

    long problems() {
        return problems;
    }

    List<Rejection> first() {
        return first;
    }
}
