package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Initials and acronyms. Lists write the same letters as "I.B.M.", "I B M" and "IBM", and an
 * organisation by its name or its initials ("Islamic Revolutionary Guard Corps", "IRGC";
 * "Nauchno-proizvodstvennoe obyedinenie", "NPO"). Stateless and thread-safe.
 */
final class Initials {
    private static final Set<String> SKIPPED = Set.of("of", "and", "the", "for", "de", "la", "du", "des", "der", "von");

    private Initials() {}

    /** Runs of two or more one-letter tokens joined into one token ("i b m" to "ibm"); the same list when there are none. */
    static List<String> joinLetters(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        StringBuilder run = new StringBuilder();
        boolean joined = false;
        for (String token : tokens) {
            if (token.length() == 1) {
                run.append(token);
                continue;
            }
            joined |= flush(run, out);
            out.add(token);
        }
        joined |= flush(run, out);
        return joined ? List.copyOf(out) : tokens;
    }

    private static boolean flush(StringBuilder run, List<String> out) {
        if (run.isEmpty()) return false;
        boolean joined = run.length() > 1;
        out.add(run.toString());
        run.setLength(0);
        return joined;
    }

    /** First letters of the words, function words skipped; "" when fewer than two words count. */
    static String acronym(List<String> tokens) {
        StringBuilder letters = new StringBuilder();
        for (String token : tokens) {
            if (!SKIPPED.contains(token)) letters.append(token.charAt(0));
        }
        return letters.length() >= 2 ? letters.toString() : "";
    }
}
