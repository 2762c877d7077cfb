package org.chokepoint.similarity;

/** Edit distance and a normalised similarity from it. Pure, thread-safe. */
public final class Levenshtein {
    private Levenshtein() {}

    /** Insertions, deletions and substitutions needed to turn a into b. */
    public static int distance(String a, String b) {
        if (a == null) a = "";
        if (b == null) b = "";
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** 1 - distance / longer length, in [0, 1]. */
    public static double similarity(String a, String b) {
        if (a == null) a = "";
        if (b == null) b = "";
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) distance(a, b) / max;
    }
}
