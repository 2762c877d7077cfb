package org.chokepoint.similarity;

/**
 * A short word, mostly an acronym of Latin letters, that went into Russian letter by letter and came back in another
 * scheme: English "CST" is Russian "КСТ" and then "KST", "KTZ" is "КТЗ" and in German "KTS", "VMK" is "WMK" in German,
 * "CHTZ" (Cyrillic ЧТЗ read as Latin C, H, T, Z) is "KHTS", "ELIX" is "ELIKS", "TEKH" is "TEH" in ISO 9, "HASH" is
 * "XASH" in the "j and x" scheme. The letters such a trip swaps are folded to one: c, k, q as k (К), s and z as s (С
 * and З, which the German scheme writes alike), v and w as v, x as ks (at the start as h: Х), and
 * kh as h (Х); after the first letter i, j and y as y (Й; a first one begins a name of its own,
 * "Jan", "Yan", "Ian"). Two different short words with one folding are one acronym in two spellings. Only for words of
 * {@value #MIN_LETTERS} to {@value #MAX_LETTERS} letters: longer words meet their schemes through the normaliser's
 * readings and the {@link TransliterationKey}. Pure; thread-safe.
 */
public final class AcronymLetters {
    /** Shorter words are not folded: one letter is an initial. */
    public static final int MIN_LETTERS = 2;
    /** Longer words are not folded: they are words, read by the schemes' own rules. */
    public static final int MAX_LETTERS = 5;
    /** Credit for two short words with one folding: as much as two four-letter words one vowel apart. */
    static final double SIMILARITY = TokenSimilarity.SHORT_VARIANT;

    private AcronymLetters() {}

    /** Whether a word is short enough to be folded ({@value #MIN_LETTERS} to {@value #MAX_LETTERS} letters). */
    public static boolean applies(String word) {
        return word.length() >= MIN_LETTERS && word.length() <= MAX_LETTERS;
    }

    /** The word with the letters that the trip through Russian swaps folded to one; call on a word that {@link #applies}. */
    public static String folded(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'x') out.append(i == 0 ? "h" : "ks");
            else out.append(letter(c, i == 0));
        }
        // Х written kh or h: "AKHD" and "AHD", "CHTZ" (к х т з) and "HTZ".
        for (int i = out.indexOf("kh"); i >= 0; i = out.indexOf("kh", i)) out.deleteCharAt(i);
        return out.toString();
    }

    /**
     * {@value #SIMILARITY} for two different words that both {@link #applies apply} and fold alike; 0 otherwise. Symmetric.
     */
    static double of(String a, String b) {
        if (!applies(a) || !applies(b) || a.equals(b)) return 0.0;
        // Most pairs that get here are two short words of a query and a candidate: the foldings are compared as packed
        // numbers rather than as strings made for each pair (the strings were some 5% of what screening allocates).
        long x = foldedKey(a), y = foldedKey(b);
        if (x != UNPACKED && y != UNPACKED) return x == y ? SIMILARITY : 0.0;
        return folded(a).equals(folded(b)) ? SIMILARITY : 0.0;
    }

    /**
     * What {@link #folded} writes for one letter other than x ({@code first}: the word's first letter): the letters that the
     * trip through Russian swaps, one for each group.
     */
    private static char letter(char c, boolean first) {
        return switch (c) {
            case 'c', 'k', 'q' -> 'k';
            case 'z', 's' -> 's';
            case 'w', 'v' -> 'v';
            // After the first letter only: "Jan", "Yan" and "Ian" are names of their own.
            case 'i', 'j', 'y' -> first ? c : 'y';
            default -> c;
        };
    }

    /** {@link #foldedKey} of a word with a letter outside a-z and 0-9: its folding is compared as a string. */
    static final long UNPACKED = -1L;

    /**
     * {@link #folded} of a word that {@link #applies}, packed six bits a letter (a-z as 1 to 26, 0-9 as 27 to 36): at most
     * {@value #MAX_LETTERS} letters fold to at most twice as many, 60 bits, and no letter packs as 0, so two words pack
     * alike exactly when they fold alike. {@link #UNPACKED} for a word with another character.
     */
    static long foldedKey(String word) {
        long key = 0;
        // A k folded waits for the next letter: kh is written h (folded's second step), so a k right before an h is dropped.
        boolean k = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char f;
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) return UNPACKED;
            if (c != 'x') f = letter(c, i == 0);
            else if (i == 0) f = 'h';
            else {
                // x after the first letter is "ks": its k goes in now (after one waiting), its s below.
                if (k) key = key << 6 | code('k');
                key = key << 6 | code('k');
                k = false;
                f = 's';
            }
            if (k && f != 'h') key = key << 6 | code('k');
            k = f == 'k';
            if (!k) key = key << 6 | code(f);
        }
        return k ? key << 6 | code('k') : key;
    }

    private static int code(char c) {
        return c <= '9' ? c - '0' + 27 : c - 'a' + 1;
    }

    /** The first letters that words folding alike with a word of {@code first} may begin with. */
    static String alikeFirstLetters(char first) {
        return switch (first) {
            case 'c', 'k', 'q', 'x', 'h' -> "ckqxh"; // kh folds as h, a first x as h
            case 'z', 's' -> "zs";
            case 'w', 'v' -> "wv";
            default -> "";
        };
    }
}
