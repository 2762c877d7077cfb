package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;

import java.time.Duration;
import java.util.List;

/**
 * What one load did.
 *
 * @param dataset         the dataset as now stored
 * @param replaced        the dataset it replaced, or null when the name was new
 * @param firstRejections the first rejections in file order (at most {@link ShipmentStore#FIRST_REJECTIONS}); all are
 *                        in the rejects table and file
 * @param problems        number of rejection reasons (a row can have several)
 * @param took            wall time of reading, checking and storing
 */
public record ShipmentLoad(StoredDataset dataset, StoredDataset replaced, List<Rejection> firstRejections, long problems, Duration took) {
    public ShipmentLoad {
        firstRejections = List.copyOf(firstRejections);
    }

    /** Rows per second over the whole load. */
    public double rowsPerSecond() {
        return dataset.recordsRead() / Math.max(1e-9, took.toNanos() / 1e9);
    }
}
