package org.chokepoint.similarity;

/**
 * Edit distance, a normalised similarity from it, and the linear tests for the typing errors names carry (one edit;
 * two neighbours swapped). Pure, thread-safe.
 */
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

    /**
     * {@link #distance} when it is at most {@code max} (at least 0), else {@code max + 1}: for a caller that only asks
     * whether two words are a few edits apart. Most pairs a screening compares are not, and the whole table costs the
     * product of their lengths; here the letters both words start and end with are set aside (they change no distance),
     * and of the rest only the cells within {@code max} of the diagonal are computed (an alignment of at most
     * {@code max} edits never leaves them), until a row has none at {@code max} or less.
     */
    public static int distanceAtMost(String a, String b, int max) {
        if (max < 0) throw new IllegalArgumentException("max " + max + " < 0");
        int n = a.length(), m = b.length();
        int start = 0;
        while (start < n && start < m && a.charAt(start) == b.charAt(start)) start++;
        while (n > start && m > start && a.charAt(n - 1) == b.charAt(m - 1)) {
            n--;
            m--;
        }
        n -= start;
        m -= start;
        int over = max + 1;
        if (Math.abs(n - m) > max) return over;
        if (n == 0 || m == 0) return Math.max(n, m);
        // prev and cur hold one row each, a[start + i - 1] against b[start .. start + m); cells outside the band hold over.
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j <= max ? j : over;
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max), hi = Math.min(m, i + max);
            cur[lo - 1] = lo == 1 ? Math.min(i, over) : over;
            char x = a.charAt(start + i - 1);
            int least = cur[lo - 1];
            for (int j = lo; j <= hi; j++) {
                int v = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (x == b.charAt(start + j - 1) ? 0 : 1));
                cur[j] = v = Math.min(v, over);
                if (v < least) least = v;
            }
            if (hi < m) cur[hi + 1] = over;
            if (least > max) return over;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], over);
    }

    /** 1 - distance / longer length, in [0, 1]. */
    public static double similarity(String a, String b) {
        if (a == null) a = "";
        if (b == null) b = "";
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) distance(a, b) / max;
    }

    /** Whether one substitution, insertion or deletion turns a into b (different words); linear, unlike {@link #distance}. */
    public static boolean oneEditApart(String a, String b) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < n && i < m && a.charAt(i) == b.charAt(i)) i++;
        if (n == m) return a.regionMatches(i + 1, b, i + 1, n - i - 1);
        return n > m ? a.regionMatches(i + 1, b, i, m - i) : b.regionMatches(i + 1, a, i, n - i);
    }

    /** Whether two words of one length differ only in two neighbouring letters written the other way round ("comapny"). */
    public static boolean adjacentSwap(String a, String b) {
        int n = a.length();
        if (n != b.length() || n < 2 || a.equals(b)) return false;
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) i++;
        return i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && a.regionMatches(i + 2, b, i + 2, n - i - 2);
    }
}
