package org.chokepoint.similarity;

/**
 * Jaro-Winkler similarity of two strings, in [0, 1]: 1 for equal strings, 0 when nothing matches.
 * Symmetric. Null is treated as the empty string. Thread-safe (no state).
 *
 * <p>Used on single tokens, where it is good at transliteration variants ("yuriy"/"yuri",
 * "gidroagregat"/"hidroagregat"); on whole names it over-rewards shared prefixes, which is why the
 * name scorer aligns tokens first.
 */
public final class JaroWinkler {
    private JaroWinkler() {}

    public static double similarity(String a, String b) {
        if (a == null) a = "";
        if (b == null) b = "";
        if (a.equals(b)) return 1.0;
        if (a.isEmpty() || b.isEmpty()) return 0.0;
        // Compute with the shorter string first so that the result does not depend on argument order.
        if (a.length() > b.length() || (a.length() == b.length() && a.compareTo(b) > 0)) {
            String t = a; a = b; b = t;
        }
        int la = a.length(), lb = b.length();
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la], mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - window), hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (!ma[i]) continue;
            while (!mb[j]) j++;
            if (a.charAt(i) != b.charAt(j)) transpositions++;
            j++;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) prefix++;
        return Math.min(1.0, jaro + prefix * 0.1 * (1 - jaro));
    }
}
