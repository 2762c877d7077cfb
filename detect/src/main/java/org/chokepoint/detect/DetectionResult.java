package org.chokepoint.detect;

import org.chokepoint.lists.Rejection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run did: counts (read = valid + rejected), the findings files, the top parties, and how long
 * each stage took.
 */
public record DetectionResult(Path input, Path outDir, long read, long valid, long rejected, Map<String, Long> rejectReasons,
                              List<Rejection> firstRejections, long flaggedRecords, int mentions, int parties, long listedParties,
                              List<RankedParty> top, Map<String, Long> flagsByRule, Map<String, Duration> stages) {
    public DetectionResult {
        // Sorted, so that reports and summary.json list them in the same order every run.
        rejectReasons = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rejectReasons));
        firstRejections = List.copyOf(firstRejections);
        top = List.copyOf(top);
        flagsByRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(flagsByRule));
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    /** The same run with the stage timings as they stand now (the report is timed after summary.json is written). */
    public DetectionResult withStages(Map<String, Duration> now) {
        return new DetectionResult(input, outDir, read, valid, rejected, rejectReasons, firstRejections, flaggedRecords, mentions, parties,
                listedParties, top, flagsByRule, now);
    }

    public Duration total() {
        return stages.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
