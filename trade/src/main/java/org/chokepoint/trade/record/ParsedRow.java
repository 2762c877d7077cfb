package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;

import java.util.List;

/**
 * One data row of a shipment file: the shipment when every rule holds, else every problem found in it.
 *
 * @param line     the line the row starts on (CSV, header = line 1) or its 1-based row number (Parquet)
 * @param recordId the row's record_id as written, or null; kept for rejected rows so they can be found
 * @param shipment the valid shipment, or null when rejected
 * @param problems why the row is rejected, one per column at fault; empty when valid
 */
public record ParsedRow(long line, String recordId, Shipment shipment, List<Rejection> problems) {
    public ParsedRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return shipment != null;
    }
}
