package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Russian writes the h of Greek roots as г: "gidro" for hydro- ("Gidromash", "Gidroagregat"), "gelio" for helio-,
 * "geli" in "gelikopter". One list romanises the Russian ("GIDROMASH"), another writes the root as the firm does in
 * English ("HYDROMASH"), and the two spellings differ in their first letter, which fuzzy matching never forgives. A
 * word that begins with such a root gets a variant with the English root: a spelling, not a translation. Stateless and
 * thread-safe.
 */
final class RussianLoanRoots {
    private RussianLoanRoots() {}

    /** Russian root, English root; a word must be longer than its root. */
    private static final String[][] ROOTS = {{"gidro", "hydro"}, {"gelio", "helio"}, {"gelikopt", "helicopt"}};

    /** The tokens with Russian roots in their English spelling, or null when no word begins with one. */
    static List<String> inEnglish(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            for (String[] root : ROOTS) {
                if (t.length() > root[0].length() && t.startsWith(root[0])) {
                    if (out == null) out = new ArrayList<>(tokens);
                    out.set(i, root[1] + t.substring(root[0].length()));
                    break;
                }
            }
        }
        return out;
    }
}
