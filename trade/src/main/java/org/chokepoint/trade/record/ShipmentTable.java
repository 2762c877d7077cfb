package org.chokepoint.trade.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duckdb.DuckDBAppender;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/**
 * The tables one loaded dataset lives in: part tables written in parallel, read through one view.
 * A column per field of {@code formats.md} §1 with its name, plus {@code line} (where the row was in
 * the file) and {@code extras} (the unknown columns as a JSON object, null when none). Amounts are
 * DOUBLE: analysis needs sums and medians, not cents, and a declared amount of up to 15 significant
 * digits reads back unchanged.
 */
final class ShipmentTable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShipmentTable() {}

    /** The view a dataset is read through: the union of its part tables. */
    static String view(long loadId) {
        return "shipments_" + loadId;
    }

    static String createViewSql(long loadId, int parts) {
        StringBuilder b = new StringBuilder("CREATE VIEW ").append(view(loadId)).append(" AS ");
        for (int k = 0; k < parts; k++) b.append(k > 0 ? " UNION ALL " : "").append("SELECT * FROM ").append(PartWriters.part(loadId, k));
        return b.toString();
    }

    static String createSql(String table) {
        return "CREATE TABLE " + table + " (line BIGINT NOT NULL, record_id VARCHAR NOT NULL, date DATE NOT NULL, "
                + "exporter_name VARCHAR NOT NULL, exporter_country VARCHAR NOT NULL, exporter_address VARCHAR, exporter_id VARCHAR, "
                + "importer_name VARCHAR NOT NULL, importer_country VARCHAR NOT NULL, importer_address VARCHAR, importer_id VARCHAR, "
                + "manufacturer VARCHAR, origin_country VARCHAR, dispatch_country VARCHAR, destination_country VARCHAR NOT NULL, "
                + "hs_code VARCHAR NOT NULL, description VARCHAR, quantity DOUBLE, unit VARCHAR, net_weight_kg DOUBLE, value_usd DOUBLE NOT NULL, "
                + "transport_mode VARCHAR, carrier VARCHAR, vessel_imo VARCHAR, extras VARCHAR)";
    }

    static void append(DuckDBAppender a, long line, Shipment s) throws SQLException {
        a.beginRow();
        a.append(line);
        a.append(s.recordId());
        a.append(s.date());
        a.append(s.exporterName());
        a.append(s.exporterCountry());
        text(a, s.exporterAddress());
        text(a, s.exporterId());
        a.append(s.importerName());
        a.append(s.importerCountry());
        text(a, s.importerAddress());
        text(a, s.importerId());
        text(a, s.manufacturer());
        text(a, s.originCountry());
        text(a, s.dispatchCountry());
        a.append(s.destinationCountry());
        a.append(s.hsCode());
        text(a, s.description());
        amount(a, s.quantity());
        text(a, s.unit());
        amount(a, s.netWeightKg());
        a.append(s.valueUsd().doubleValue());
        text(a, s.transportMode() == null ? null : s.transportMode().value());
        text(a, s.carrier());
        text(a, s.vesselImo());
        text(a, s.extras().isEmpty() ? null : json(s.extras()));
        a.endRow();
    }

    /** The shipment of the current row of a {@code SELECT *} over the table. */
    static Shipment read(ResultSet rs) throws SQLException {
        String mode = rs.getString("transport_mode");
        String extras = rs.getString("extras");
        return new Shipment(rs.getString("record_id"), rs.getObject("date", LocalDate.class),
                rs.getString("exporter_name"), rs.getString("exporter_country"), rs.getString("exporter_address"), rs.getString("exporter_id"),
                rs.getString("importer_name"), rs.getString("importer_country"), rs.getString("importer_address"), rs.getString("importer_id"),
                rs.getString("manufacturer"), rs.getString("origin_country"), rs.getString("dispatch_country"), rs.getString("destination_country"),
                rs.getString("hs_code"), rs.getString("description"), amount(rs, "quantity"), rs.getString("unit"), amount(rs, "net_weight_kg"),
                amount(rs, "value_usd"), mode == null ? null : TransportMode.of(mode), rs.getString("carrier"), rs.getString("vessel_imo"),
                extras == null ? Map.of() : parse(extras));
    }

    private static void text(DuckDBAppender a, String s) throws SQLException {
        if (s == null) a.appendNull();
        else a.append(s);
    }

    private static void amount(DuckDBAppender a, BigDecimal d) throws SQLException {
        if (d == null) a.appendNull();
        else a.append(d.doubleValue());
    }

    private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : ShipmentParser.canonical(BigDecimal.valueOf(d));
    }

    private static String json(Map<String, String> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String s) throws SQLException {
        try {
            return JSON.readValue(s, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new SQLException("corrupt extras column: " + e.getMessage(), e);
        }
    }
}
