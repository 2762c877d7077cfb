package org.chokepoint.evaluation.detection;

import java.util.List;

/**
 * The figures of one detection evaluation, each with its counts.
 *
 * @param planted             planted parties in the truth (K)
 * @param unlistedFindings    findings with {@code listed: false}
 * @param hitsAtK             hits among the first K ranked positions of unlisted findings
 * @param foundAtK            planted parties found within those K positions
 * @param precisionAtK        hitsAtK / K
 * @param recallAtK           foundAtK / K
 * @param averagePrecision    mean over planted parties of the precision at the position of the first finding matching it (0 if none)
 * @param plantedFound        planted parties matched by some unlisted finding, at any depth
 * @param skipped             unlisted findings matching only already-found planted parties (neither hit nor miss)
 * @param firstPositions      for each planted party (truth order), the position of the first finding matching it, 0 when none
 * @param listedEndUsers      listed end users in the truth
 * @param listedStrict        recognised: a matching finding with listed=true whose list_matches contain the truth entity id
 * @param listedLenient       a matching finding with listed=true, whatever it matched
 * @param missedListed        the end users not recognised strictly
 * @param listedFindings      findings with {@code listed: true}
 * @param wronglyListed       those among them that are no truth listed end user ({@link Finding#is}), in rank order
 * @param resolution          party resolution scores, or null when not measured
 */
public record DetectionReport(int planted, long unlistedFindings, long hitsAtK, long foundAtK, double precisionAtK, double recallAtK,
                              double averagePrecision, long plantedFound, long skipped, List<Position> firstPositions,
                              int listedEndUsers, int listedStrict, int listedLenient, List<TruthParty> missedListed,
                              int listedFindings, List<Finding> wronglyListed, Resolution resolution) {
    public DetectionReport {
        firstPositions = List.copyOf(firstPositions);
        missedListed = List.copyOf(missedListed);
        wronglyListed = List.copyOf(wronglyListed);
    }

    /** Where a planted party was first found among the unlisted findings (position 1-based, 0 = not found). */
    public record Position(TruthParty party, long position, long rank) {}

    /**
     * Party resolution over mentions (record, role).
     *
     * @param mentions   exporter and importer mentions in the truth
     * @param mapped     mentions mapped to a finding (record id and spelling); the others count as singleton clusters
     */
    public record Resolution(long mentions, long mapped, ClusteringMetrics.Scores pairwise, ClusteringMetrics.Scores bcubed) {}

    public double listedStrictShare() {
        return listedEndUsers == 0 ? 1 : (double) listedStrict / listedEndUsers;
    }

    /** Of the findings taken as listed, the share that the truth lists (1 when there are none). */
    public double listedPrecision() {
        return listedFindings == 0 ? 1 : (double) (listedFindings - wronglyListed.size()) / listedFindings;
    }

    public double listedLenientShare() {
        return listedEndUsers == 0 ? 1 : (double) listedLenient / listedEndUsers;
    }
}
