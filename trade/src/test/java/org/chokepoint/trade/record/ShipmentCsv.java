package org.chokepoint.trade.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds shipment CSV files for tests: a valid row by default, with the fields a test changes. */
final class ShipmentCsv {
    private final List<String> columns;
    private final List<Map<String, String>> rows = new ArrayList<>();

    private ShipmentCsv(List<String> columns) {
        this.columns = columns;
    }

    /** Every column of the format, in the order formats.md lists them. */
    static ShipmentCsv standard() {
        List<String> c = new ArrayList<>();
        for (ShipmentColumn col : ShipmentColumn.values()) c.add(col.column());
        return new ShipmentCsv(c);
    }

    static ShipmentCsv withColumns(String... columns) {
        return new ShipmentCsv(List.of(columns));
    }

    /** A valid declaration line: a German exporter selling processors to a Kyrgyz importer. */
    static Map<String, String> valid(String recordId) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("record_id", recordId);
        m.put("date", "2023-03-14");
        m.put("exporter_name", "Muster Elektronik GmbH");
        m.put("exporter_country", "DE");
        m.put("exporter_address", "Hauptstr. 1, Berlin");
        m.put("exporter_id", "");
        m.put("importer_name", "ОсОО Тест Трейд");
        m.put("importer_country", "KG");
        m.put("importer_address", "");
        m.put("importer_id", "");
        m.put("manufacturer", "Texas Instruments");
        m.put("origin_country", "US");
        m.put("dispatch_country", "");
        m.put("destination_country", "KG");
        m.put("hs_code", "8542310000");
        m.put("description", "Microcontrollers, \"ARM\" cores");
        m.put("quantity", "1200");
        m.put("unit", "pcs");
        m.put("net_weight_kg", "3.5");
        m.put("value_usd", "18500.75");
        m.put("transport_mode", "air");
        m.put("carrier", "Turkish Airlines");
        m.put("vessel_imo", "");
        return m;
    }

    ShipmentCsv row(Map<String, String> row) {
        rows.add(row);
        return this;
    }

    /** A valid row with some fields replaced: {@code with("r1", "date", "2023-02-30")}. */
    ShipmentCsv with(String recordId, String... keyValues) {
        Map<String, String> m = valid(recordId);
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return row(m);
    }

    String text() {
        StringBuilder b = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, String> r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) cells.add(quote(r.getOrDefault(c, "")));
            b.append(String.join(",", cells)).append('\n');
        }
        return b.toString();
    }

    Path write(Path file) throws IOException {
        Files.writeString(file, text(), StandardCharsets.UTF_8);
        return file;
    }

    static String quote(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
