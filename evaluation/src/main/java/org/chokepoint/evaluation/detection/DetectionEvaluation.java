package org.chokepoint.evaluation.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures a detector's ranked parties against a scenario's truth. A finding matches a truth party when
 * they have the same country and at least one spelling in common (exact after trimming; the finding's
 * name counts as a spelling).
 *
 * <p>Among the unlisted findings ({@code listed: false}) in rank order, each finding is a <em>hit</em> when
 * it matches a planted party not found before, <em>skipped</em> when it matches only planted parties
 * already found (a duplicate of a found party: neither hit nor miss, it takes no position), else a
 * <em>miss</em>. Positions count hits and misses. With K = the number of planted parties: precision@K =
 * hits in positions 1..K / K; recall@K = planted parties found in positions 1..K / K; average precision =
 * mean over planted parties of (hits up to the position where the party is first found / that position),
 * 0 for a party never found.
 *
 * <p>Listed precision: of the findings with {@code listed: true}, the share that are a truth listed end user
 * ({@link Finding#is}: same country, a spelling in common and, when both carry record ids, a record in common). A
 * finding that is several truth end users counts once; one that is none counts against. Pure functions; thread-safe.
 */
public final class DetectionEvaluation {
    private DetectionEvaluation() {}

    public static DetectionReport evaluate(DetectionFiles.Truth truth, List<Finding> findings, DetectionReport.Resolution resolution) {
        List<TruthParty> planted = truth.planted();
        int k = planted.size();
        long[] first = new long[k];
        long[] firstRank = new long[k];
        double[] precisionAtFirst = new double[k];
        long position = 0, hits = 0, hitsAtK = 0, foundAtK = 0, skipped = 0, unlisted = 0, found = 0;
        for (Finding f : findings) {
            if (f.listed()) continue;
            unlisted++;
            boolean matchesFound = false;
            List<Integer> fresh = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (!f.matches(planted.get(i))) continue;
                if (first[i] == 0) fresh.add(i);
                else matchesFound = true;
            }
            if (fresh.isEmpty() && matchesFound) {
                skipped++;
                continue;
            }
            position++;
            if (fresh.isEmpty()) continue;
            hits++;
            if (position <= k) hitsAtK++;
            for (int i : fresh) {
                first[i] = position;
                firstRank[i] = f.rank();
                precisionAtFirst[i] = (double) hits / position;
                found++;
                if (position <= k) foundAtK++;
            }
        }
        double ap = 0;
        List<DetectionReport.Position> positions = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            ap += precisionAtFirst[i];
            positions.add(new DetectionReport.Position(planted.get(i), first[i], firstRank[i]));
        }
        int strict = 0, lenient = 0;
        List<TruthParty> missed = new ArrayList<>();
        for (TruthParty t : truth.listedEndUsers()) {
            boolean s = false, l = false;
            for (Finding f : findings) {
                if (!f.listed() || !f.matches(t)) continue;
                l = true;
                if (f.entityIds().contains(t.entityId())) s = true;
            }
            if (s) strict++;
            else missed.add(t);
            if (l) lenient++;
        }
        // Listed precision: a finding that is several truth end users (two list entries resolved into one party) counts once.
        List<Finding> wronglyListed = new ArrayList<>();
        int listedFindings = 0;
        for (Finding f : findings) {
            if (!f.listed()) continue;
            listedFindings++;
            if (truth.listedEndUsers().stream().noneMatch(f::is)) wronglyListed.add(f);
        }
        return new DetectionReport(k, unlisted, hitsAtK, foundAtK, k == 0 ? 1 : (double) hitsAtK / k, k == 0 ? 1 : (double) foundAtK / k,
                k == 0 ? 1 : ap / k, found, skipped, positions, truth.listedEndUsers().size(), strict, lenient, missed,
                listedFindings, wronglyListed, resolution);
    }
}
