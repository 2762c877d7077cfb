package org.chokepoint.similarity;

/**
 * The skeleton that different romanisations of one name share: Russian "Юрий" is Yuriy, Yuri or Iurii,
 * "Александр" is Aleksandr or Alexander, Persian "قاسم" is Qasem, Ghasem or Qasim, Arabic "أسامة" is
 * Osama or Usama; Russian writes English "logic" as "лоджик" ("lodzhik"). Lists print whichever convention their publisher uses, so Latin queries meet Latin
 * listed names spelled otherwise. The key keeps the consonants in order, after folding the letter
 * groups that conventions write differently, and reduces the first letter to a class when it is a
 * vowel or a glide (y, j). Pure.
 *
 * <p>Used only for words of {@value #MIN_LENGTH} letters or more: shorter skeletons collide by chance.
 */
public final class TransliterationKey {
    /** Words shorter than this are not compared by key. */
    public static final int MIN_LENGTH = 6;
    /** Similarity credited to two different words with the same key. */
    public static final double SIMILARITY = 0.9;

    private static final String[][] FOLD = {
        // Longest groups first: "dzh" before "zh".
        {"shch", "s"}, {"dzh", "g"}, {"sch", "s"}, {"zh", "z"}, {"kh", "h"}, {"gh", "k"}, {"ch", "c"}, {"sh", "s"}, {"ts", "c"}, {"tz", "c"},
        // Long vowels as English-speaking romanisations of Arabic and Persian write them ("khaleel"/"khalil",
        // "majeed"/"majid", "firouzi"/"firuzi"), and French ou for u: vowels, so the key is unchanged, and the folded
        // words compared for their edits agree.
        {"ee", "i"}, {"oo", "u"}, {"ou", "u"},
        {"dj", "d"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"x", "ks"}, {"q", "k"}, {"w", "v"}, {"c", "k"},
    };

    private TransliterationKey() {}

    /**
     * The word with the letter groups that conventions write differently folded to one spelling:
     * Russian "дж" for English g or j ("Айлоджик" / "ilogic"), "kh" and "h", "q" and "gh" and "k", ...
     */
    public static String folded(String word) {
        return cached(word)[0];
    }

    public static String of(String word) {
        return cached(word)[1];
    }

    /**
     * {@link #of}, neither looked up in nor added to the cache: for strings met once, such as whole names at index
     * build, which would crowd the words out of it.
     */
    public static String ofUncached(String word) {
        String[] hit = CACHE.get(word);
        if (hit != null) return hit[1];
        String w = foldGroups(word);
        return key(w);
    }

    /** Folded form and key of recent words: screening asks for the same words again and again. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    private static String[] cached(String word) {
        String[] hit = CACHE.get(word);
        if (hit != null) return hit;
        String w = foldGroups(word);
        String[] computed = {w, key(w)};
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear(); // bounded: start over rather than grow without end
        CACHE.put(word, computed);
        return computed;
    }

    /** What each group of {@link #FOLD} needs a string to have, in the bits of {@link #traces}: its letters, and its pairs. */
    private static final long[] GROUP_LETTERS = new long[FOLD.length], GROUP_PAIRS = new long[FOLD.length];

    static {
        for (int i = 0; i < FOLD.length; i++) {
            long[] t = traces(FOLD[i][0]);
            GROUP_LETTERS[i] = t[0];
            GROUP_PAIRS[i] = t[1];
        }
    }

    /**
     * The letter groups of {@link #FOLD} replaced, each in turn. A group is looked for only when the string has each of its
     * letters and each pair of its adjacent letters (by bits of their hashes, which a string that holds the group always
     * has): most groups are in few words, and a whole name (of a query, or of the index's build) was read through once per
     * group. The string is traced again after a replacement. Package-private for tests, as {@link #foldedEveryGroup}.
     */
    static String foldGroups(String word) {
        String w = word;
        long[] t = traces(w);
        for (int i = 0; i < FOLD.length; i++) {
            if ((GROUP_LETTERS[i] & ~t[0]) != 0 || (GROUP_PAIRS[i] & ~t[1]) != 0) continue;
            if (w.contains(FOLD[i][0])) {
                w = w.replace(FOLD[i][0], FOLD[i][1]);
                t = traces(w);
            }
        }
        return w;
    }

    /** {@link #foldGroups} by looking for every group: what it must equal. */
    static String foldedEveryGroup(String word) {
        String w = word;
        for (String[] f : FOLD) if (w.contains(f[0])) w = w.replace(f[0], f[1]);
        return w;
    }

    /** One bit per letter ({@code c & 63}) and one per pair of adjacent letters (a hash of both, 6 bits) of {@code w}. */
    private static long[] traces(String w) {
        long letters = 0, pairs = 0;
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            letters |= 1L << c;
            if (i > 0) pairs |= 1L << (last * 31 + c);
            last = c;
        }
        return new long[] {letters, pairs};
    }

    private static String key(String w) {
        StringBuilder key = new StringBuilder(w.length());
        char first = w.isEmpty() ? ' ' : w.charAt(0);
        key.append("aeiouyj".indexOf(first) >= 0 ? '*' : first);
        char last = key.charAt(0);
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if ("aeiouyjh".indexOf(c) >= 0) continue;
            if (c == last) continue; // doubled letters: "hassan"/"hasan"
            key.append(c);
            last = c;
        }
        return key.toString();
    }
}
