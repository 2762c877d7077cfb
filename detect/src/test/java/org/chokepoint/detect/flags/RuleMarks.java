package org.chokepoint.detect.flags;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A dataset rule's marks on a trade table of a few rows, in an in-memory DuckDB: "idx|party|weight|detail", by idx and party. */
final class RuleMarks {
    private RuleMarks() {}

    /**
     * @param columns the trade table's columns, as in CREATE TABLE
     * @param rows    the VALUES tuples
     */
    static List<String> of(DatasetRule rule, String columns, String rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE trade (" + columns + ")");
            s.execute("INSERT INTO trade VALUES " + rows);
            List<String> out = new ArrayList<>();
            String sql = rule.marks(new TradeTables(SanctionsPolicy.STANDARD, 0));
            try (ResultSet rs = s.executeQuery("SELECT idx, party, weight, detail FROM (" + sql + ") ORDER BY idx, party")) {
                while (rs.next()) out.add(rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getDouble(3) + "|" + rs.getString(4));
            }
            return out;
        }
    }
}
