package org.chokepoint.trade.record;

import java.util.Map;

/**
 * The checks of {@code formats.md} §1 for a row whose fields were split by another reader (the detector lets
 * DuckDB read a CSV file and sends here only the rows its SQL check does not accept): the same values as
 * {@link ShipmentReader} would make of the same fields, the same {@link ParsedRow}, the same reasons. Holds
 * only the file name; thread-safe.
 */
public final class ShipmentRowCheck {
    private final ShipmentParser parser;

    /** @param file the file name that rejections cite */
    public ShipmentRowCheck(String file) {
        this.parser = new ShipmentParser(file);
    }

    /**
     * Checks one row.
     *
     * @param line   the line the row starts on (header = line 1)
     * @param fields the row's fields as read, indexed by {@link ShipmentColumn#ordinal()}, null for a column the
     *               file lacks; stripped here, as the CSV reader does, and empty ones taken as absent
     */
    public ParsedRow check(long line, String[] fields) {
        String[] values = new String[ShipmentColumn.count()];
        for (int c = 0; c < values.length; c++) values[c] = value(fields[c]);
        return parser.parse(line, values, Map.of());
    }

    /** A field as the CSV reader takes it: stripped, null when empty or absent. */
    public static String value(String field) {
        if (field == null) return null;
        String v = field.strip();
        return v.isEmpty() ? null : v;
    }
}
