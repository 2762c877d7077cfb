package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Joins a word of the organisation vocabulary that a typist or a line break split in two: "TECH NOLOGIES", "INDUS-TRIES",
 * "AKTS-IONERNOE OBSHCHESTVO". Split, the pieces are rare words: "tech" is read as the abbreviation of "technology" and
 * "nologies" stays a name word; the form "aktsionernoe obshchestvo" is not recognised and its pieces count as name
 * words. Two adjacent words are joined when together they spell a known word ({@code known}: a generic, vocabulary or
 * legal-form word) of {@value #MIN_JOINED} letters or more and at least one of them is no known word alone, so two
 * words that stand on their own ("steel works") stay apart. A name's own words are never joined into anything else:
 * only the known words are targets. Stateless apart from the predicate; thread-safe when it is.
 */
final class SplitWords {
    /** A joined word shorter than this is too easily two real words. */
    static final int MIN_JOINED = 7;
    /** Each piece has at least this many letters: a single letter is an initial. */
    private static final int MIN_PIECE = 2;

    private final Predicate<String> known;

    SplitWords(Predicate<String> known) {
        this.known = known;
    }

    /** The tokens with split known words joined; the same list when none is split. */
    List<String> joined(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String a = tokens.get(i);
            if (i + 1 < tokens.size() && split(a, tokens.get(i + 1))) {
                if (out == null) out = new ArrayList<>(tokens.subList(0, i));
                out.add(a + tokens.get(i + 1));
                i++;
                continue;
            }
            if (out != null) out.add(a);
        }
        return out == null ? tokens : List.copyOf(out);
    }

    private boolean split(String a, String b) {
        if (a.length() < MIN_PIECE || b.length() < MIN_PIECE || a.length() + b.length() < MIN_JOINED) return false;
        if (!letters(a) || !letters(b)) return false;
        // The joined word first: it is unknown for nearly every pair, and then the pieces need no look-up.
        return known.test(a + b) && !(known.test(a) && known.test(b));
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 'a' || s.charAt(i) > 'z') return false;
        return true;
    }
}
