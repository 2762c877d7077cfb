package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A name's acronym given beside the first words it stands for: "Arctic Marine AMIGE" (Arkticheskaya Morskaya
 * Inzhenerno-Geologicheskaya Ekspeditsiya) is AMIGE with the start of its expansion written out, and the other list
 * gives "AMIGE" alone. The words so written out say the name again, so the chain adds a variant without them. A word of
 * {@value #MIN_ACRONYM} to {@value #MAX_ACRONYM} letters right after two words or more (of three letters or more each)
 * whose initials begin it, and longer than their number: it must stand for more than the words beside it, or it would
 * be those words' own acronym, which the alignment credits already. Stateless and thread-safe.
 */
final class InitialsBeside {
    private InitialsBeside() {}

    static final int MIN_ACRONYM = 4;
    static final int MAX_ACRONYM = 6;

    /**
     * The tokens without the words whose initials begin the acronym after them, or null when there are none. A word of
     * {@code word} (the vocabulary's, a generic one: "bank" after "Bank Absolut") is no acronym.
     */
    static List<String> without(List<String> tokens, java.util.function.Predicate<String> word) {
        int n = tokens.size();
        for (int k = 2; k < n; k++) {
            String acronym = tokens.get(k);
            if (acronym.length() < MIN_ACRONYM || acronym.length() > MAX_ACRONYM || !letters(acronym) || word.test(acronym)) continue;
            int run = 0;
            while (run < k && run + 1 < acronym.length()) {
                String w = tokens.get(k - 1 - run);
                if (w.length() < 3 || !letters(w)) break;
                run++;
            }
            // The longest run of words before it whose initials, in order, begin it.
            for (int r = run; r >= 2; r--) {
                boolean ok = true;
                for (int i = 0; i < r && ok; i++) ok = tokens.get(k - r + i).charAt(0) == acronym.charAt(i);
                if (!ok) continue;
                List<String> out = new ArrayList<>(tokens.subList(0, k - r));
                out.addAll(tokens.subList(k, n));
                return out;
            }
        }
        return null;
    }

    private static boolean letters(String w) {
        for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
        return !w.isEmpty();
    }
}
