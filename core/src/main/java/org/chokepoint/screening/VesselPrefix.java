package org.chokepoint.screening;

import org.chokepoint.text.TokenWeights;

import java.util.List;

/**
 * Operator and type prefixes of vessel names: "SCF PRIMORYE" (Sovcomflot), "NS ANTARCTIC" (Novoship),
 * "HS ATLANTICA", "MT", "MV". Lists and registers write the same ship with and without its operator's
 * prefix, and an operator prefixes a whole fleet, so the prefix says whose ship it is, not which ship; the
 * vessel's own name decides. A prefix is recognised by its form, not from a list of operators: the first word of
 * a vessel name of several words, two to four letters without a vowel (an abbreviation, not a word), followed
 * by a word of three letters or more. It then weighs as a generic word.
 *
 * <p>An operator also names its fleet with its brand written in full before the ship's own name ("Celsius Everett",
 * "Four Atlantica", "HS ATLANTICA" as another register prints it), so in a vessel name of two words whose second is a
 * word of four letters or more, the first word weighs at most as a descriptive word ({@link #BRAND_WEIGHT}): it may be
 * the brand, or part of the name, and the other word then decides, as rare as it is. Stateless; thread-safe.
 */
final class VesselPrefix {
    /** The weight of a prefix: that of a generic word. */
    static final double WEIGHT = TokenWeights.GENERIC;

    /** The most the first word of a two-word vessel name weighs: that of a descriptive word. */
    static final double BRAND_WEIGHT = TokenWeights.DESCRIPTIVE;

    private VesselPrefix() {}

    /** Whether the first token is an operator or type prefix; false for null or fewer than two tokens. */
    static boolean startsWithPrefix(List<String> tokens) {
        if (tokens == null || tokens.size() < 2) return false;
        String first = tokens.getFirst();
        if (first.length() < 2 || first.length() > 4) return false;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) return false;
        }
        for (int i = 1; i < tokens.size(); i++) if (tokens.get(i).length() >= 3 && Character.isLetter(tokens.get(i).charAt(0))) return true;
        return false;
    }

    /**
     * Whether the name is two words, the second of four letters or more (no number, no initial), so that the first may be
     * the operator's brand ("Celsius Everett"); false for null.
     */
    static boolean startsWithBrand(List<String> tokens) {
        if (tokens == null || tokens.size() != 2 || tokens.getFirst().length() < 2) return false;
        String name = tokens.get(1);
        if (name.length() < 4) return false;
        for (int i = 0; i < name.length(); i++) if (name.charAt(i) < 'a' || name.charAt(i) > 'z') return false;
        return true;
    }

    /**
     * The weights with a prefix's weight lowered to {@link #WEIGHT}, or a brand's to {@link #BRAND_WEIGHT}; the same array
     * when neither applies or the first word already weighs no more.
     */
    static double[] weigh(List<String> tokens, double[] weights) {
        double cap = startsWithPrefix(tokens) ? WEIGHT : startsWithBrand(tokens) ? BRAND_WEIGHT : 1.0;
        if (weights[0] <= cap) return weights;
        double[] out = weights.clone();
        out[0] = cap;
        return out;
    }
}
