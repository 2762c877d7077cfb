package org.chokepoint.detect;

import org.chokepoint.lists.Rejection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run did: counts (read = valid + rejected), the findings files, the top parties, and how long
 * each stage took. {@code inputName} is what the report and summary.json call the input: the file's name,
 * or for a stored dataset its name (the file read then is only a temporary export of it).
 */
public record DetectionResult(Path input, String inputName, Path outDir, long read, long valid, long rejected, Map<String, Long> rejectReasons,
                              List<Rejection> firstRejections, long flaggedRecords, int mentions, int parties, long listedParties,
                              List<RankedParty> top, Map<String, Long> flagsByRule, Map<String, Duration> stages) {
    public DetectionResult {
        if (inputName == null) inputName = input == null || input.getFileName() == null ? "(unknown input)" : input.getFileName().toString();
        // Sorted, so that reports and summary.json list them in the same order every run.
        rejectReasons = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rejectReasons));
        firstRejections = List.copyOf(firstRejections);
        top = List.copyOf(top);
        flagsByRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(flagsByRule));
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    /** The same run with the stage timings as they stand now (the report is timed after summary.json is written). */
    public DetectionResult withStages(Map<String, Duration> now) {
        return new DetectionResult(input, inputName, outDir, read, valid, rejected, rejectReasons, firstRejections, flaggedRecords, mentions, parties,
                listedParties, top, flagsByRule, now);
    }

    /**
     * Names of stages that begin so ran on another thread during the run's own stages ("beside screening: trade table"):
     * their time lies within those stages' time and is not added to the run's.
     */
    public static final String BESIDE = "beside ";

    /** The run's time: the sum of its own stages, those beside them ({@link #BESIDE}) left out. */
    public Duration total() {
        Duration sum = Duration.ZERO;
        for (Map.Entry<String, Duration> e : stages.entrySet()) if (!e.getKey().startsWith(BESIDE)) sum = sum.plus(e.getValue());
        return sum;
    }
}
