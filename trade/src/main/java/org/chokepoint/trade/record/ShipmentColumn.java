package org.chokepoint.trade.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns of a shipment file, as {@code formats.md} §1 names them, in the order it lists them. */
public enum ShipmentColumn {
    RECORD_ID(true), DATE(true),
    EXPORTER_NAME(true), EXPORTER_COUNTRY(true), EXPORTER_ADDRESS(false), EXPORTER_ID(false),
    IMPORTER_NAME(true), IMPORTER_COUNTRY(true), IMPORTER_ADDRESS(false), IMPORTER_ID(false),
    MANUFACTURER(false), ORIGIN_COUNTRY(false), DISPATCH_COUNTRY(false), DESTINATION_COUNTRY(true),
    HS_CODE(true), DESCRIPTION(false), QUANTITY(false), UNIT(false), NET_WEIGHT_KG(false), VALUE_USD(true),
    TRANSPORT_MODE(false), CARRIER(false), VESSEL_IMO(false);

    private static final ShipmentColumn[] ALL = values();
    private static final Map<String, ShipmentColumn> BY_NAME = new HashMap<>();
    static {
        for (ShipmentColumn c : ALL) BY_NAME.put(c.column(), c);
    }

    private final boolean required;
    private final String column;

    ShipmentColumn(boolean required) {
        this.required = required;
        this.column = name().toLowerCase(Locale.ROOT);
    }

    /** The column name in a file: {@code record_id}, {@code value_usd}, ... */
    public String column() {
        return column;
    }

    public boolean required() {
        return required;
    }

    /** The column of a header name (case and surrounding blanks ignored), or null for an unknown column. */
    public static ShipmentColumn of(String header) {
        return header == null ? null : BY_NAME.get(header.strip().toLowerCase(Locale.ROOT));
    }

    static int count() {
        return ALL.length;
    }

    static ShipmentColumn at(int ordinal) {
        return ALL[ordinal];
    }

    /**
     * The complaint about required columns missing from a header, or null when none is missing.
     *
     * @param index the position of each column in the file by ordinal, -1 where absent
     * @param found the column names the file has, for the message
     */
    static String missingRequired(int[] index, List<String> found, String where) {
        List<String> missing = new ArrayList<>();
        for (ShipmentColumn c : values()) if (c.required() && index[c.ordinal()] < 0) missing.add(c.column());
        if (missing.isEmpty()) return null;
        return where + " lacks the required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                + " (columns found: " + RawRows.list(found) + ")";
    }
}
