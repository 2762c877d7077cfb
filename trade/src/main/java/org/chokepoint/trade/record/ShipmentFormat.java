package org.chokepoint.trade.record;

/** The file formats a shipment file may come in; told apart by content (Parquet starts with {@code PAR1}), not by name. */
public enum ShipmentFormat {
    CSV, PARQUET;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
