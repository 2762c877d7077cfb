package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rejections of one load as they are found: counted, written to the rejects file, the first few
 * kept for the report. Used by one thread at a time (the reading thread, then the one that checks
 * record_ids).
 */
final class LoadCounts {
    private final RejectsFile file;
    private final List<Rejection> first = new ArrayList<>();
    private long rejectedRows;
    private long problems;

    LoadCounts(RejectsFile file) {
        this.file = file;
    }

    /** One rejected row with all its reasons. */
    void reject(List<Rejection> reasons, String recordId) {
        rejectedRows++;
        for (Rejection r : reasons) {
            problems++;
            if (first.size() < ShipmentStore.FIRST_REJECTIONS) first.add(r);
            file.write(r, recordId);
        }
    }

    /** Keeps the first rejections in file order after some were found out of order. */
    void sortFirst() {
        first.sort(Comparator.comparingLong(Rejection::line));
        while (first.size() > ShipmentStore.FIRST_REJECTIONS) first.remove(first.size() - 1);
    }

    long rejectedRows() {
        return rejectedRows;
    }

    long problems() {
        return problems;
    }

    List<Rejection> first() {
        return first;
    }
}
