package org.chokepoint.trade.record;

import java.util.Map;

/**
 * The checks of {@code formats.md} §1 for a row whose fields were split by another reader (the detector lets
 * DuckDB read a CSV file and sends here only the rows its SQL check does not accept): the same values as
 * {@link ShipmentReader} would make of the same fields, the same {@link ParsedRow}, the same reasons. Holds
 * only the file name; thread-safe.
 */
public final class ShipmentRowCheck {
    /** The most digits an amount may have before its point (leading zeros aside); a reader that proves rows valid itself keeps to it. */
    public static final int MAX_AMOUNT_INTEGER_DIGITS = ShipmentParser.MAX_INTEGER_DIGITS;

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

    /**
     * The shipment of values already checked, typed as the parser types them (the date, amounts without trailing zeros,
     * the transport mode), with any of them null: for a rule that reads only some columns.
     *
     * @param values checked values by {@link ShipmentColumn#ordinal()}, stripped, null when absent or not wanted
     */
    public static Shipment partial(String[] values) {
        String d = values[ShipmentColumn.DATE.ordinal()];
        String mode = values[ShipmentColumn.TRANSPORT_MODE.ordinal()];
        return new Shipment(values[ShipmentColumn.RECORD_ID.ordinal()], d == null ? null : ShipmentParser.date(d),
                values[ShipmentColumn.EXPORTER_NAME.ordinal()], values[ShipmentColumn.EXPORTER_COUNTRY.ordinal()],
                values[ShipmentColumn.EXPORTER_ADDRESS.ordinal()], values[ShipmentColumn.EXPORTER_ID.ordinal()],
                values[ShipmentColumn.IMPORTER_NAME.ordinal()], values[ShipmentColumn.IMPORTER_COUNTRY.ordinal()],
                values[ShipmentColumn.IMPORTER_ADDRESS.ordinal()], values[ShipmentColumn.IMPORTER_ID.ordinal()],
                values[ShipmentColumn.MANUFACTURER.ordinal()], values[ShipmentColumn.ORIGIN_COUNTRY.ordinal()],
                values[ShipmentColumn.DISPATCH_COUNTRY.ordinal()], values[ShipmentColumn.DESTINATION_COUNTRY.ordinal()],
                values[ShipmentColumn.HS_CODE.ordinal()], values[ShipmentColumn.DESCRIPTION.ordinal()],
                amount(values[ShipmentColumn.QUANTITY.ordinal()]), values[ShipmentColumn.UNIT.ordinal()],
                amount(values[ShipmentColumn.NET_WEIGHT_KG.ordinal()]), amount(values[ShipmentColumn.VALUE_USD.ordinal()]),
                mode == null ? null : TransportMode.of(mode), values[ShipmentColumn.CARRIER.ordinal()], values[ShipmentColumn.VESSEL_IMO.ordinal()], Map.of());
    }

    private static java.math.BigDecimal amount(String v) {
        if (v == null) return null;
        return v.indexOf('.') < 0 || v.charAt(v.length() - 1) != '0' ? new java.math.BigDecimal(v) : ShipmentParser.canonical(new java.math.BigDecimal(v));
    }

    /** A field as the CSV reader takes it: stripped, null when empty or absent. */
    public static String value(String field) {
        if (field == null) return null;
        String v = field.strip();
        return v.isEmpty() ? null : v;
    }
}
