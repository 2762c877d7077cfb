/**
 * Shipment records, the input contract of {@code formats.md} §1: the typed {@link
 * org.chokepoint.trade.record.Shipment}, the streaming {@link org.chokepoint.trade.record.ShipmentReader}
 * of CSV and Parquet files that validates every row and rejects what does not fit with file, line,
 * column and reason, and the {@link org.chokepoint.trade.record.ShipmentStore} that keeps named
 * datasets in an embedded DuckDB database.
 */
package org.chokepoint.trade.record;
