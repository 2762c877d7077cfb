package org.chokepoint.network.resolve;

/**
 * The knobs of party resolution, explicit and immutable; {@link #DEFAULTS} documents the values in use.
 *
 * @param nameThreshold        name-only merge: the name alignment must reach this, in (0, 1]. Default
 *                             0.85: a spelling variant of every word, or one generic word missing
 * @param identifierNameFloor  merge on an equal identifier: the names must still reach this, in [0, 1].
 *                             Default 0.5: a front reusing another firm's tax number has an unrelated name
 * @param addressBonus         added to the name score when the addresses agree. Default 0.05
 * @param addressMatch         word overlap (Jaccard) from which two addresses agree, in (0, 1]. Default 0.7
 * @param cannotLinkScore      two mentions with names this alike but a different distinctive word are
 *                             kept apart also through chains of other merges. Default 0.5
 * @param maxBlockSize         a blocking key shared by more mentions than this proposes no pairs (a word
 *                             that common tells nothing). Default 400
 * @param minCorpusForWeights  word rarity (IDF) is taken from the mentions themselves when there are at
 *                             least this many; below, every word weighs 1 except the generic words.
 *                             Default 1,000
 */
public record ResolutionSettings(double nameThreshold, double identifierNameFloor, double addressBonus, double addressMatch,
                                 double cannotLinkScore, int maxBlockSize, int minCorpusForWeights) {
    /** The defaults documented above. */
    public static final ResolutionSettings DEFAULTS = new ResolutionSettings(0.85, 0.5, 0.05, 0.7, 0.5, 50, 1_000);

    public ResolutionSettings {
        if (!(nameThreshold > 0 && nameThreshold <= 1)) throw new IllegalArgumentException("nameThreshold must be in (0, 1]: " + nameThreshold);
        if (!(identifierNameFloor >= 0 && identifierNameFloor <= 1)) throw new IllegalArgumentException("identifierNameFloor must be in [0, 1]: " + identifierNameFloor);
        if (!(addressBonus >= 0 && addressBonus <= 1)) throw new IllegalArgumentException("addressBonus must be in [0, 1]: " + addressBonus);
        if (!(addressMatch > 0 && addressMatch <= 1)) throw new IllegalArgumentException("addressMatch must be in (0, 1]: " + addressMatch);
        if (!(cannotLinkScore >= 0 && cannotLinkScore <= 1)) throw new IllegalArgumentException("cannotLinkScore must be in [0, 1]: " + cannotLinkScore);
        if (maxBlockSize < 2) throw new IllegalArgumentException("maxBlockSize must be at least 2: " + maxBlockSize);
        if (minCorpusForWeights < 0) throw new IllegalArgumentException("minCorpusForWeights must be >= 0: " + minCorpusForWeights);
    }
}
