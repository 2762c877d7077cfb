package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The Russian letter ё romanised two ways in lists: BGN/PCGN and the passport write it e ("Polet", "Fedor",
 * "Semenov"), the plain media spelling yo ("Polyot", "Fyodor", "Semyonov"). The chain reads a Cyrillic ё both ways
 * already; a name that arrives in Latin letters with yo gets a variant with e, so that it meets the e of the lists' BGN
 * spelling. Only yo after a consonant and before one, as ё stands inside Russian words; not after k, g or h (Korean
 * syllables: kyo, hyo, gyo) and not in "-yong" (Korean and Chinese syllables). The Polish and Italian-looking io
 * ("Poliot", "Piotr") is left alone: read as e it met "international" ("internatenal") and, on the independent
 * queries, made "Mikhail Petrov" the listed "PIOTROVSKY Mikhail" (a false positive). Stateless and thread-safe.
 */
final class RussianYo {
    private RussianYo() {}

    /** Words shorter than this keep their spelling: "Kyo", "Lyon". */
    private static final int MIN_LENGTH = 5;

    /** The tokens with yo read as e, or null when no word changes. */
    static List<String> asE(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String word = asE(tokens.get(i));
            if (word == null) continue;
            if (out == null) out = new ArrayList<>(tokens);
            out.set(i, word);
        }
        return out;
    }

    /** The word with every ё spelt yo read as e, or null when it has none. */
    static String asE(String word) {
        int n = word.length();
        if (n < MIN_LENGTH) return null;
        StringBuilder out = new StringBuilder(n);
        boolean changed = false;
        for (int i = 0; i < n; ) {
            if (yo(word, i)) {
                out.append('e');
                i += 2;
                changed = true;
            } else {
                out.append(word.charAt(i++));
            }
        }
        return changed ? out.toString() : null;
    }

    /** Whether yo at {@code i} stands for ё: after a consonant, before one, not in -yong. */
    private static boolean yo(String word, int i) {
        int n = word.length();
        if (i < 1 || i + 2 >= n) return false;
        if (word.charAt(i) != 'y' || word.charAt(i + 1) != 'o') return false;
        char after = word.charAt(i + 2);
        if (!consonantBefore(word, i - 1) || !consonant(after)) return false;
        return after != 'n' || i + 3 >= n || word.charAt(i + 3) != 'g';
    }

    /** Whether the letter at {@code at} is a consonant ё may follow: not k, g or h unless h ends ch, sh or zh. */
    private static boolean consonantBefore(String word, int at) {
        char c = word.charAt(at);
        if (c == 'h') return at > 0 && "csz".indexOf(word.charAt(at - 1)) >= 0;
        return consonant(c) && c != 'k' && c != 'g' && c != 'y' && c != 'w' && c != 'q' && c != 'x' && c != 'j' && c != 'c';
    }

    private static boolean consonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
