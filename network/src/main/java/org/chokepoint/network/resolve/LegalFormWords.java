package org.chokepoint.network.resolve;

import org.chokepoint.similarity.Levenshtein;

import java.util.List;
import java.util.Set;

/**
 * Legal forms wherever a trade record puts them and however it misspells them. The screening normaliser
 * takes out the forms it knows, where lists write them ("... Co., Ltd." at the end, "ООО ..." at the
 * start); records also write "Co., Ltd. Dongguan Hongda", "Sanayi ve Ticaret Ltd. Şti. Yıldız", "Ldt
 * Pennine", "Pennine Electronics Limtied" or a bare "Pvt.", and each such word left in the name reads as a
 * distinctive word of its own, which vetoes the merge. This class drops, at either end of a spelling, the
 * run of words that are legal-form words ({@code legal-form-words.txt}) or misspellings of them
 * ({@link #formLike}). Words inside a name stay: "Al Noor Co. for Trading" keeps its "co". Immutable and
 * thread-safe.
 */
final class LegalFormWords {
    private static final Set<String> WORDS = Words.load("legal-form-words.txt");
    /** Forms and words of at least this many letters may be misspelt: "ldt" for "ltd", "ffzco" for "fzco". */
    private static final int MIN_TYPO_LENGTH = 3;

    private LegalFormWords() {}

    /**
     * Whether the word is a legal-form word or a misspelling of one: two neighbours swapped ("ldt") or a
     * letter doubled ("lltd", "ffzco") in forms of three letters or more; also a letter dropped ("chj" for
     * "mchj") from four letters; any one typing error from six ("limtied", "sirketl"). Short forms accept only
     * errors that keep their letters, or "east" and "tool" would pass for "est" and "too".
     */
    static boolean formLike(String word) {
        if (WORDS.contains(word)) return true;
        if (word.length() < MIN_TYPO_LENGTH) return false;
        // A walk over every form word per word tested: remembered, since the names of a run repeat their words.
        return MISSPELT.test(word);
    }

    /** Words already tested against the forms ({@link #formLike}). */
    private static final RememberedWordTest MISSPELT = new RememberedWordTest(word -> {
        for (String f : WORDS) if (f.length() >= MIN_TYPO_LENGTH && misspelt(word, f)) return true;
        return false;
    });

    private static boolean misspelt(String word, String form) {
        int n = word.length(), m = form.length();
        if (Math.abs(n - m) > 1) return false;
        if (n == m) return Levenshtein.adjacentSwap(word, form) || m >= 6 && Levenshtein.oneEditApart(word, form);
        if (n == m + 1) return NameComparison.doubled(word, form) || m >= 6 && Levenshtein.oneEditApart(word, form);
        return m >= 4 && Levenshtein.oneEditApart(word, form);
    }

    /**
     * The spelling without the runs of legal-form words at its start and end; never empty: a name made of
     * such words only ("Ltd Co") is returned as it is. Single letters at an end are joined before the test,
     * so "k k" ("K.K.") and "s p a" ("S.p.A.") count as forms.
     *
     * @param tokens     the spelling, normalised
     * @param formsFound whether the normaliser already took a legal form out: then a single letter left at
     *                   either end is the remnant of one ("S.A.S" read as "s" + "A.S.")
     */
    static List<String> trimmed(List<String> tokens, boolean formsFound) {
        int[] b = bounds(tokens, formsFound);
        return b[0] == 0 && b[1] == tokens.size() ? tokens : List.copyOf(tokens.subList(b[0], b[1]));
    }

    /**
     * Whether {@link #trimmed} takes out words the normaliser did not read as a legal form, other than the
     * form words with a family of their own ("osoo", "kk"): a misspelt form ("limitted", "iability") or
     * part of one ("FZ Co."). Then the legal form read from the rest of the name may be wrong ("Limited
     * iability Company" read as "Company", "FZ Co." as "Co.").
     */
    static boolean trimsUnread(List<String> tokens, boolean formsFound) {
        int[] b = bounds(tokens, formsFound);
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= b[0] && i < b[1]) continue;
            String t = tokens.get(i);
            if (t.length() > 1 && !LegalFormFamily.familyWord(t)) return true;
        }
        return false;
    }

    /** The bounds [from, to) of the spelling without its legal-form words; the whole when nothing would remain. */
    private static int[] bounds(List<String> tokens, boolean formsFound) {
        int from = 0, to = tokens.size();
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            int letters = singleLetters(tokens, from, to, true);
            if (letters > 0 && (formsFound && letters == 1 || formLike(joined(tokens, from, from + letters)))) {
                from += letters;
                changed = true;
            } else if (tokens.get(from).length() > 1 && formLike(tokens.get(from))) {
                from++;
                changed = true;
            }
            if (from >= to) break;
            letters = singleLetters(tokens, from, to, false);
            if (letters > 0 && (formsFound && letters == 1 || formLike(joined(tokens, to - letters, to)))) {
                to -= letters;
                changed = true;
            } else if (tokens.get(to - 1).length() > 1 && formLike(tokens.get(to - 1))) {
                to--;
                changed = true;
            }
        }
        return from >= to ? new int[] {0, tokens.size()} : new int[] {from, to};
    }

    /**
     * How many single-letter words stand at the start (or end) of tokens[from, to). A digit is no letter: no form
     * is written with one, and the number a firm adds to its name ("Dalsnab-2", "Severnyy veter-2") tells it apart.
     */
    private static int singleLetters(List<String> tokens, int from, int to, boolean atStart) {
        int n = 0;
        if (atStart) while (from + n < to && singleLetter(tokens.get(from + n))) n++;
        else while (to - 1 - n >= from && singleLetter(tokens.get(to - 1 - n))) n++;
        return n;
    }

    private static boolean singleLetter(String token) {
        return token.length() == 1 && Character.isLetter(token.charAt(0));
    }

    private static String joined(List<String> tokens, int from, int to) {
        return String.join("", tokens.subList(from, to));
    }
}
