package org.chokepoint.detect;

import org.chokepoint.detect.flags.DatasetRule;
import org.chokepoint.detect.flags.TradeTables;
import org.chokepoint.detect.rank.TradeProfile;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a detector run that needs the parties but not their list matches, done in DuckDB on a second connection
 * and thread while the run's own thread screens the parties: the {@code trade} table's parties ({@link TradeTable}), the
 * marks of the record flags,
 * the dataset rules that read only {@code trade} ({@link DatasetRule#readsParties()} false), and each party's trade
 * profile and record count for the ranking. Screening is Java on every core, these are DuckDB's joins and aggregates,
 * which leave a core idle part of the time: run one after the other they added up, run together they share the cores.
 * What each step writes or computes is what it did after screening (the marks are aggregated later, in no particular
 * order of insertion), so the findings are the same. Stateless; each run starts its own ({@link Alongside}).
 */
final class BesideScreening {
    /** Prefix of the names of its steps among a run's stage times: they ran beside other stages, not after them. */
    static final String STAGE_PREFIX = DetectionResult.BESIDE + "screening: ";

    /** What the ranking needs from it, and how long each step took (stage names with {@link #STAGE_PREFIX}). */
    record Done(Map<Integer, TradeProfile> profiles, Map<Integer, Long> recordCounts, Map<String, Duration> times) {}

    private BesideScreening() {}

    /**
     * Starts the work on a thread of its own.
     *
     * @param db      the run's work database, holding {@code trade} with the spellings' numbers ({@link TradeTable#withMentions})
     *                and {@code rflag}
     * @param partyOf the party of each mention
     * @param rules   the dataset rules to run, in this order; each must not read the {@code party} table
     */
    static Alongside<Done> start(WorkDatabase db, int[] partyOf, List<DatasetRule> rules, TradeTables tables) {
        for (DatasetRule r : rules) {
            if (r.readsParties()) throw new IllegalArgumentException("rule " + r.id() + " reads the parties' list matches: it runs after screening");
        }
        return Alongside.start(db, "trade table beside screening", second -> {
            Map<String, Duration> times = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            TradeTable.fillParties(second, partyOf);
            t0 = lap(times, "trade table parties", t0);
            Detector.recordFlagMarks(second);
            t0 = lap(times, "record flags", t0);
            for (DatasetRule r : rules) {
                Detector.datasetRule(second, r, tables);
                t0 = lap(times, "rule " + r.id(), t0);
            }
            Map<Integer, TradeProfile> profiles = Detector.profiles(second);
            Map<Integer, Long> counts = Detector.recordCounts(second);
            lap(times, "trade profiles", t0);
            return new Done(profiles, counts, times);
        });
    }

    private static long lap(Map<String, Duration> times, String name, long t0) {
        long now = System.nanoTime();
        times.put(STAGE_PREFIX + name, Duration.ofNanos(now - t0));
        return now;
    }
}
