package org.chokepoint.detect;

/**
 * The detector's settings, each with its documented default ({@link #DEFAULTS}).
 *
 * @param evidenceLimit    record ids cited per flag in parties.jsonl (the count says how many in all)
 * @param namesScreened    spellings of a party screened against the lists, most used first
 * @param matchesKept      list matches reported per party
 * @param memoryLimit      DuckDB's memory limit for the work database; beyond it, it spills to disk
 * @param threads          threads for screening parties, and for classifying goods and running the record rules
 *                         beside the thread that reads the file and the one that stores the rows
 * @param listedAt         list-match score from which a party is taken as the listed entity; matches between
 *                         the screening threshold and this are reported as possible matches
 */
public record DetectionSettings(int evidenceLimit, int namesScreened, int matchesKept, String memoryLimit, int threads, double listedAt) {
    public static final DetectionSettings DEFAULTS = new DetectionSettings(10, 3, 10, "2GB", Runtime.getRuntime().availableProcessors(), 0.88);

    public DetectionSettings {
        if (evidenceLimit < 1 || namesScreened < 1 || matchesKept < 1 || threads < 1) throw new IllegalArgumentException("settings must be positive");
        if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*[KMGT]?i?B")) throw new IllegalArgumentException("memory limit like 2GB: " + memoryLimit);
    }
}
