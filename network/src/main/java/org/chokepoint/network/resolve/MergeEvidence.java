package org.chokepoint.network.resolve;

import java.util.List;

/**
 * Why two mentions were judged the same party.
 *
 * @param first              index of one mention in the input (the smaller)
 * @param second             index of the other mention
 * @param score              the decision score in [0, 1]: the name alignment, raised by an equal
 *                           identifier or a similar address
 * @param nameScore          the {@link org.chokepoint.similarity.TokenAlignment} score of the best pair
 *                           of spellings, in [0, 1]
 * @param aligned            the words aligned ("noor~noor", "plyus~plus:0.85")
 * @param sharedIdentifier   the identifier both declared, canonical ("inn:7702070139"), or null
 * @param addressSimilarity  the word overlap of the two addresses in [0, 1], or -1 when either has none
 * @param basis              what decided: {@code name}, {@code name+address}, {@code identifier}, or {@code entry} when
 *                           both names are names of one registered entry ({@link EntryNames})
 * @param entry              the entry both names name (basis {@code entry}), else null
 */
public record MergeEvidence(int first, int second, double score, double nameScore, List<String> aligned,
                            String sharedIdentifier, double addressSimilarity, String basis, String entry) {
    /** The basis of a join of two names of one registered entry. */
    public static final String ENTRY = "entry";

    public MergeEvidence {
        aligned = List.copyOf(aligned);
    }

    /** A join decided by comparing the two mentions (no entry). */
    public MergeEvidence(int first, int second, double score, double nameScore, List<String> aligned, String sharedIdentifier,
                         double addressSimilarity, String basis) {
        this(first, second, score, nameScore, aligned, sharedIdentifier, addressSimilarity, basis, null);
    }

    /** Two mentions joined because both names are names of {@code entry} ({@link EntryNames}), whatever their words. */
    static MergeEvidence sameEntry(int first, int second, String entry) {
        return new MergeEvidence(first, second, 1.0, 0.0, List.of(), null, -1, ENTRY, entry);
    }

    /**
     * One line a person can check: "name aligns noor~noor, trading~trading (0.97); same inn:7702070139", or "entry: both
     * are names of ofac-sdn:45039".
     */
    public String explanation() {
        if (entry != null) return ENTRY + ": both are names of " + entry;
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "%s: name aligns %s (%.2f)", basis,
                String.join(", ", aligned), nameScore));
        if (sharedIdentifier != null) s.append("; same ").append(sharedIdentifier);
        if (addressSimilarity >= 0) s.append(String.format(java.util.Locale.ROOT, "; addresses %.2f alike", addressSimilarity));
        return s.toString();
    }
}
