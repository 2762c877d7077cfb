package org.chokepoint.trade.record;

import org.duckdb.DuckDBDriver;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A shipment Parquet file read through DuckDB's {@code read_parquet} in an in-memory database, with a
 * streaming result set, so memory stays bounded however many rows. Columns are matched by name like
 * the CSV header. Values are turned into the strings a CSV would hold, so one set of rules applies to
 * both: text and decimal and integer columns as DuckDB casts them, dates as YYYY-MM-DD, floating-point
 * columns in plain decimal notation. A numeric {@code hs_code} column loses leading zeros, and the rule
 * on HS codes then says so. Rows are numbered from 1. Not thread-safe.
 */
final class ParquetShipmentRows implements RawRows {
    private final String file;
    private final Connection conn;
    private Statement statement;
    private ResultSet rs;
    private final int[] index = new int[ShipmentColumn.count()];
    private final boolean[] floating;
    private final List<String> extraNames = new ArrayList<>();
    private final List<Integer> extraIndex = new ArrayList<>();
    private long row;

    ParquetShipmentRows(String file, Path path) throws ShipmentFileException {
        this.file = file;
        String source = "read_parquet('" + path.toAbsolutePath().toString().replace("'", "''") + "')";
        try {
            Properties p = new Properties();
            p.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
            conn = DriverManager.getConnection("jdbc:duckdb:", p);
        } catch (SQLException e) {
            throw new ShipmentFileException(file, 0, "cannot start DuckDB to read Parquet: " + e.getMessage(), e);
        }
        try {
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            try (Statement s = conn.createStatement(); ResultSet d = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                while (d.next()) {
                    names.add(d.getString("column_name"));
                    types.add(d.getString("column_type").toUpperCase(Locale.ROOT));
                }
            }
            floating = new boolean[names.size()];
            Arrays.fill(index, -1);
            StringBuilder select = new StringBuilder("SELECT ");
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                String t = types.get(i);
                floating[i] = t.equals("DOUBLE") || t.equals("FLOAT") || t.equals("REAL");
                String col = "\"" + name.replace("\"", "\"\"") + "\"";
                select.append(i > 0 ? ", " : "").append(floating[i] ? col : "CAST(" + col + " AS VARCHAR)");
                ShipmentColumn c = ShipmentColumn.of(name);
                if (c != null && index[c.ordinal()] < 0) {
                    index[c.ordinal()] = i;
                } else if (c != null) {
                    throw new ShipmentFileException(file, 0, "the column '" + name + "' appears twice");
                } else {
                    extraNames.add(name);
                    extraIndex.add(i);
                }
            }
            String missing = ShipmentColumn.missingRequired(index, names, "the file");
            if (missing != null) throw new ShipmentFileException(file, 0, missing);
            statement = conn.createStatement();
            rs = statement.executeQuery(select.append(" FROM ").append(source).toString());
        } catch (SQLException e) {
            closeQuietly();
            throw new ShipmentFileException(file, 0, "not a readable Parquet file: " + firstLine(e.getMessage()), e);
        } catch (ShipmentFileException e) {
            closeQuietly();
            throw e;
        }
    }

    @Override
    public RawRow next() throws ShipmentFileException {
        try {
            if (!rs.next()) return null;
            row++;
            String[] values = new String[index.length];
            for (int c = 0; c < index.length; c++) if (index[c] >= 0) values[c] = value(index[c]);
            Map<String, String> extras = Map.of();
            if (!extraIndex.isEmpty()) {
                extras = new LinkedHashMap<>();
                for (int k = 0; k < extraIndex.size(); k++) {
                    String v = value(extraIndex.get(k));
                    if (v != null) extras.put(extraNames.get(k), v);
                }
            }
            return new RawRow(row, values, extras, null);
        } catch (SQLException e) {
            throw new ShipmentFileException(file, row + 1, "cannot read row: " + firstLine(e.getMessage()), e);
        }
    }

    private String value(int i) throws SQLException {
        if (floating[i]) {
            double d = rs.getDouble(i + 1);
            if (rs.wasNull()) return null;
            if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        String s = rs.getString(i + 1);
        if (s == null) return null;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private static String firstLine(String m) {
        if (m == null) return "";
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public List<String> extraColumns() {
        return List.copyOf(extraNames);
    }

    @Override
    public void close() throws IOException {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (rs != null) rs.close();
            if (statement != null) statement.close();
            conn.close();
        } catch (SQLException ignored) {
            // An in-memory database: closing only frees memory.
        }
    }
}
