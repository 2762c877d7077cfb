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

    /**
     * The tokens with дж before a, e, o or u written j, as English words taken into Russian write their j ("TURBODZHET"
     * is turbojet, "ATOMSPETSPRODZHEKT" Atomspetsproject, "POVERDZHET" Powerjet), or null when no word has it. Every
     * scheme writes дж
     * dzh, but the German one dsch, which its reading ({@link WesternSchemes#german}) makes dsh: with {@code german},
     * dsh is read so too (in other text it is д and ш, "podshipnik").
     */
    static List<String> englishJ(List<String> tokens, boolean german) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String j = beforeVowel(t, "dzh");
            if (german) j = beforeVowel(j, "dsh");
            if (!j.equals(t) && j.length() > 1) {
                if (out == null) out = new ArrayList<>(tokens);
                out.set(i, j);
            }
        }
        return out;
    }

    /**
     * The word with {@code dzh} as j where a, e, o or u follows ("dzhet", "dzhu"): English writes j so. Before i, дж is
     * mostly of Caucasian and Turkic names and places, which the lists write dzh too ("Gelendzhik", "Dzhikiya").
     */
    private static String beforeVowel(String t, String dzh) {
        if (!t.contains(dzh)) return t;
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int next = i + dzh.length();
            if (t.startsWith(dzh, i) && next < t.length() && "aeou".indexOf(t.charAt(next)) >= 0) {
                out.append('j');
                i = next;
            } else {
                out.append(t.charAt(i++));
            }
        }
        return out.toString();
    }

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
