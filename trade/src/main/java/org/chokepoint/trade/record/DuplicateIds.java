package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A record_id must be unique in a dataset. Checked in DuckDB after the rows are written, which keeps
 * memory flat however many ids there are: the first occurrence (lowest line) stays and each later one
 * is rejected, pointing at it.
 */
final class DuplicateIds {
    private DuplicateIds() {}

    /** Rejects the repeated ids of a load, inside the caller's transaction on {@code conn}. */
    static void reject(DuckDBConnection conn, long loadId, int parts, ShipmentReader reader, LoadCounts counts) throws SQLException {
        String view = ShipmentTable.view(loadId);
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) - count(DISTINCT record_id) FROM " + view)) {
            rs.next();
            if (rs.getLong(1) == 0) return;
        }
        String where = reader.format() == ShipmentFormat.CSV ? "line" : "row";
        String dups = "dup_" + loadId;
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TEMP TABLE " + dups + " AS SELECT line, record_id, first_line FROM (SELECT line, record_id, "
                    + "min(line) OVER (PARTITION BY record_id) AS first_line FROM " + view + ") WHERE line <> first_line");
            try (DuckDBAppender rejected = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "shipment_rejects");
                 ResultSet rs = s.executeQuery("SELECT line, record_id, first_line FROM " + dups + " ORDER BY line")) {
                while (rs.next()) {
                    String id = rs.getString(2);
                    Rejection r = new Rejection(reader.name(), rs.getLong(1), ShipmentColumn.RECORD_ID.column(),
                            "duplicate record_id '" + id + "' (first on " + where + " " + rs.getLong(3) + ")");
                    counts.reject(List.of(r), id);
                    PartWriters.rejection(rejected, loadId, r, id);
                }
            }
            for (int k = 0; k < parts; k++) s.execute("DELETE FROM " + PartWriters.part(loadId, k) + " WHERE line IN (SELECT line FROM " + dups + ")");
            s.execute("DROP TABLE " + dups);
        }
        counts.sortFirst();
    }
}
