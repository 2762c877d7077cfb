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
        String w = word;
        for (String[] f : FOLD) if (w.contains(f[0])) w = w.replace(f[0], f[1]);
        return key(w);
    }

    /** Folded form and key of recent words: screening asks for the same words again and again. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    private static String[] cached(String word) {
        String[] hit = CACHE.get(word);
        if (hit != null) return hit;
        String w = word;
        for (String[] f : FOLD) if (w.contains(f[0])) w = w.replace(f[0], f[1]);
        String[] computed = {w, key(w)};
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear(); // bounded: start over rather than grow without end
        CACHE.put(word, computed);
        return computed;
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
