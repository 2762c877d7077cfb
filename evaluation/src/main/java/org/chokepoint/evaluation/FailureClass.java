package org.chokepoint.evaluation;

/** Why a positive query was not answered right at rank 1. */
public enum FailureClass {
    /** The right entity was not among the answers at all (retrieval or scoring gave it nothing). */
    NOT_FOUND,
    /** The right entity was the best answer but scored below the threshold. */
    BELOW_THRESHOLD,
    /** Another entity ranked first at or above the threshold. */
    OUTRANKED,
    /** Another entity ranked first, below the threshold, and the right one lower still. */
    OUTRANKED_BELOW_THRESHOLD;

    static FailureClass of(Outcome o, double threshold) {
        int rank = o.rankOfExpected();
        if (rank == 0) return NOT_FOUND;
        if (rank == 1) return BELOW_THRESHOLD;
        return o.answers().get(0).score() >= threshold ? OUTRANKED : OUTRANKED_BELOW_THRESHOLD;
    }
}
