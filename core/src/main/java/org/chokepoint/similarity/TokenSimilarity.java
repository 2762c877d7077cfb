package org.chokepoint.similarity;

/**
 * How alike two name tokens are, in [0, 1]; 0 below the point where a person would call them the same
 * word spelled differently. Symmetric; 1 only for equal tokens. Pure.
 *
 * <p>Jaro-Winkler alone gives "bush"/"habbash" 0.6 and "ivanov"/"ivanova" 0.97; a cut-off turns the
 * first into no match, and an edit-distance bound keeps long tokens with a shared prefix apart. Short
 * tokens (four letters or fewer) must be equal or one edit apart with the same first letter: with so
 * few letters a second difference is a different word.
 */
public final class TokenSimilarity {
    /** Below this Jaro-Winkler similarity two tokens do not match at all. */
    public static final double CUTOFF = 0.86;

    private TokenSimilarity() {}

    public static double of(String a, String b) {
        if (a.equals(b)) return 1.0;
        if (a.isEmpty() || b.isEmpty()) return 0.0;
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        if (shorter == 1) return 0.0; // initials are handled by the aligner, not as fuzzy words
        if (longer - shorter > Math.max(2, longer / 3)) return 0.0;
        int distance = Levenshtein.distance(a, b);
        if (shorter <= 4) {
            if (distance > 1 || a.charAt(0) != b.charAt(0)) return 0.0;
            return 0.88;
        }
        if (distance > Math.max(1, (longer + 2) / 4)) return 0.0;
        double jw = JaroWinkler.similarity(a, b);
        return jw < CUTOFF ? 0.0 : Math.min(jw, 0.99);
    }
}
