package org.chokepoint.trade.record;

import org.chokepoint.lists.SourceFile;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A named set of shipments in the store, as its last load left it.
 *
 * @param name         the dataset name chosen by the user
 * @param loadId       the number of the load that wrote it (increases with every load)
 * @param table        the DuckDB view to read its rows from (the contract's columns, plus {@code line} and {@code extras});
 *                     it unites the part tables the load wrote in parallel
 * @param file         the file loaded, as given
 * @param source       its name, size and SHA-256
 * @param format       csv or parquet
 * @param loadedAt     when the load was committed
 * @param recordsRead  data rows in the file; always {@code stored + rejected}
 * @param stored       rows stored
 * @param rejected     rows rejected (each with at least one reason in the rejects)
 * @param dateFrom     the earliest shipment date stored
 * @param dateTo       the latest
 * @param extraColumns columns of the file the format does not define (kept in {@code extras})
 * @param rejectsFile  the CSV with every rejection of this load
 */
public record StoredDataset(String name, long loadId, String table, String file, SourceFile source, ShipmentFormat format, Instant loadedAt,
                            long recordsRead, long stored, long rejected, LocalDate dateFrom, LocalDate dateTo, List<String> extraColumns,
                            Path rejectsFile) {
    public StoredDataset {
        extraColumns = List.copyOf(extraColumns);
    }
}
