package org.chokepoint.trade.record;

import java.nio.file.Path;

/** The n-th valid shipment of a file, read straight from the file, to compare with what the store gives back. */
final class ShipmentCsvRow {
    private ShipmentCsvRow() {}

    static Shipment parse(Path file, int n) throws ShipmentFileException {
        try (ShipmentReader r = ShipmentReader.open(file)) {
            int seen = 0;
            ParsedRow p;
            while ((p = r.next()) != null) {
                if (p.ok() && seen++ == n) return p.shipment();
            }
        }
        throw new IllegalArgumentException("fewer than " + (n + 1) + " valid rows in " + file);
    }
}
