package org.chokepoint.screening;

import org.chokepoint.text.TokenWeights;

import java.util.List;

/**
 * Operator and type prefixes of vessel names: "SCF PRIMORYE" (Sovcomflot), "NS ANTARCTIC" (Novoship),
 * "HS ATLANTICA", "MT", "MV". Lists and registers write the same ship with and without its operator's
 * prefix, and an operator prefixes a whole fleet, so the prefix says whose ship it is, not which ship; the
 * vessel's own name decides. A prefix is recognised by its form, not from a list of operators: the first word of
 * a vessel name of several words, two to four letters without a vowel (an abbreviation, not a word), followed
 * by a word of three letters or more. It then weighs as a generic word. Stateless; thread-safe.
 */
final class VesselPrefix {
    /** The weight of a prefix: that of a generic word. */
    static final double WEIGHT = TokenWeights.GENERIC;

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
     * The ship-type abbreviations a declaration puts before a vessel's name: MV (motor vessel), MT (motor tanker), MS
     * (motor ship), written "MV", "M/V" or "M.V." (letters apart, "M V", are more often initials). They say the party is a ship, which lists never write.
     */
    static final java.util.regex.Pattern SHIP_TYPE = java.util.regex.Pattern.compile(
            "^\\s*m[./]?[vts]\\.?\\s+\\S.*", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

    /** Whether a name as written starts with a ship-type abbreviation ("MV SUNNY", "M/T Altair"); false for null. */
    static boolean startsWithShipType(String raw) {
        if (raw == null) return false;
        // The pattern's first letter after its spaces (\s and CASE_INSENSITIVE without UNICODE_CASE: ASCII only) must be an m:
        // asked for every query and again for each vessel among its candidates, and most names are settled here without a
        // matcher.
        int i = 0;
        while (i < raw.length() && (raw.charAt(i) == ' ' || (raw.charAt(i) >= '\t' && raw.charAt(i) <= '\r'))) i++;
        if (i == raw.length() || (raw.charAt(i) != 'm' && raw.charAt(i) != 'M')) return false;
        return SHIP_TYPE.matcher(raw).matches();
    }

    /**
     * The weights of a vessel's name read as renamed by a new operator: its first word weighing as a prefix ({@link #WEIGHT}),
     * for a comparison with a listed vessel whose name starts with a prefix ("Four Atlantica" / "HS ATLANTICA"). A ship sold
     * or managed anew keeps its own name and takes its new operator's prefix or brand, which the lists may not have caught
     * up with. The first word is the first that weighs more than a prefix: a ship-type abbreviation before it ("MV")
     * already weighs as one. Null when the name is not of that form: no such word, or no word of three letters or more
     * after it (the ship's own name). Never changes {@code weights}.
     */
    static double[] renamed(List<String> tokens, double[] weights) {
        int first = renamedWord(tokens, weights);
        if (first < 0) return null;
        double[] out = weights.clone();
        out[first] = WEIGHT;
        return out;
    }

    /** Which word {@link #renamed} reads as an operator's prefix, or -1 for none. */
    static int renamedWord(List<String> tokens, double[] weights) {
        int first = 0;
        while (first < weights.length && weights[first] <= WEIGHT) first++;
        for (int i = first + 1; i < tokens.size(); i++) if (tokens.get(i).length() >= 3 && Character.isLetter(tokens.get(i).charAt(0))) return first;
        return -1;
    }

    /** The weights with a prefix's weight lowered to {@link #WEIGHT}; the same array when there is no prefix. */
    static double[] weigh(List<String> tokens, double[] weights) {
        // "M V" (from "M/V", "M.V."): two letters, the ship type spelled apart.
        if (tokens.size() >= 3 && tokens.get(0).equals("m") && tokens.get(1).length() == 1 && "vts".contains(tokens.get(1))) {
            double[] out = weights.clone();
            out[0] = Math.min(out[0], WEIGHT);
            out[1] = Math.min(out[1], WEIGHT);
            return out;
        }
        if (!startsWithPrefix(tokens) || weights[0] <= WEIGHT) return weights;
        double[] out = weights.clone();
        out[0] = WEIGHT;
        return out;
    }
}
