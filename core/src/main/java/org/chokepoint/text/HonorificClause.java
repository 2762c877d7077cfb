package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The "named after" clause of a Russian organisation name written one way: lists write имени as "imeni", "named
 * after", "named", "by name" or abbreviate it "im." ("GIDROMASH IM. V.I. LUZYANIN", "... BUREAU VYMPEL BY NAME I.I.
 * TOROPOV", "PO START NAMED. M.V. PROTSENKO"), and the two spellings of one clause met only in translation, or not at
 * all. The clause's first words become {@code named after} in the name's own words, so that two lists agree on them
 * as they agree on the person honoured. "im" counts only between a word and an initial ("im v i luzyanin"): alone it
 * is as often a Korean surname. Stateless and thread-safe.
 */
final class HonorificClause {
    private HonorificClause() {}

    /** Titles written before an honoured person's initials ("ACADEMICIAN A.L. MINTS RADIOTECHNICAL INSTITUTE"). */
    static final java.util.Set<String> TITLES = java.util.Set.of("academician", "akademik", "akademika", "academ", "general", "marshal", "hero",
            "professor");

    /**
     * The tokens with the clause's words written "named after", or the same list when there is none; a person honoured
     * before the organisation's words ("M.A. KARTSEV RESEARCH INSTITUTE", "ACADEMICIAN A.L. MINTS RADIOTECHNICAL
     * INSTITUTE": an optional title, two or three initials (one after a title), a surname, then a word of {@code organisation}) is moved
     * to the end as such a clause ("research institute named after m a kartsev"), where the other list writes it.
     */
    static List<String> canonical(List<String> tokens, java.util.function.Predicate<String> organisation) {
        return leading(canonical(tokens), organisation);
    }

    /** As {@link #canonical(List, java.util.function.Predicate)}; {@code legalForm}: a word that is a legal form is no surname. */
    static List<String> canonical(List<String> tokens, java.util.function.Predicate<String> organisation, java.util.function.Predicate<String> legalForm) {
        return leading(canonical(tokens), t -> organisation.test(t), legalForm);
    }

    /** The tokens with an honoured person before the organisation's words moved to the end ({@link #canonical}). */
    static List<String> leading(List<String> tokens, java.util.function.Predicate<String> organisation) {
        return leading(tokens, organisation, t -> false);
    }

    /**
     * As {@link #leading(List, java.util.function.Predicate)}; a word of {@code legalForm} is no surname (a legal form
     * moved to the end of the name would be read as the name's form when the name is normalised again).
     */
    static List<String> leading(List<String> tokens, java.util.function.Predicate<String> organisation, java.util.function.Predicate<String> legalForm) {
        int n = tokens.size();
        // A name honours one person: one that has its clause already is left as it is (and so is what this returns).
        for (int i = 0; i + 1 < n; i++) if (tokens.get(i).equals("named") && tokens.get(i + 1).equals("after")) return tokens;
        for (int i = 0; i < n; i++) {
            if (i > 0 && (tokens.get(i - 1).equals("after") || tokens.get(i - 1).equals("named") || tokens.get(i - 1).equals("imeni")
                    || tokens.get(i - 1).equals("im") || TITLES.contains(tokens.get(i - 1)))) continue;
            int j = i;
            boolean title = TITLES.contains(tokens.get(j));
            if (title) j++;
            int initials = 0;
            while (j < n && initials < 3 && initial(tokens.get(j))) {
                j++;
                initials++;
            }
            // Two initials, or one after a title: a letter alone is as often a word of one letter (Russian и, в, с: "and",
            // "in", "with"; "G and S Diamond General Trading").
            if (initials < (title ? 1 : 2) || j + 1 >= n) continue;
            String surname = tokens.get(j);
            String next = tokens.get(j + 1);
            if (surname.length() < 3 || !letters(surname) || organisation.test(surname) || legalForm.test(surname) || !organisation.test(next)
                    || CLAUSE.contains(next)) continue;
            List<String> out = new ArrayList<>(n + 2);
            out.addAll(tokens.subList(0, i));
            out.addAll(tokens.subList(j + 1, n));
            out.add("named");
            out.add("after");
            out.addAll(tokens.subList(i, j + 1));
            return out;
        }
        return tokens;
    }

    /** The clause's own words, which are no organisation's words. */
    private static final java.util.Set<String> CLAUSE = java.util.Set.of("named", "after", "imeni", "im");

    private static boolean initial(String t) {
        return t.length() == 1 && Character.isLetter(t.charAt(0));
    }

    private static boolean letters(String t) {
        for (int i = 0; i < t.length(); i++) if (!Character.isLetter(t.charAt(i))) return false;
        return true;
    }

    /** The tokens with the clause's words written "named after", or the same list when there is none. */
    static List<String> canonical(List<String> tokens) {
        List<String> out = null;
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            String t = tokens.get(i);
            String next = i + 1 < n ? tokens.get(i + 1) : null;
            int consumed;
            if (t.equals("imeni") && next != null) consumed = 1;
            else if (t.equals("im") && next != null && next.length() == 1 && Character.isLetter(next.charAt(0))) consumed = 1;
            else if (t.equals("named") && next != null && !next.equals("after")) consumed = 1;
            else if (t.equals("by") && "name".equals(next) && i + 2 < n) consumed = 2;
            else consumed = 0;
            if (consumed == 0) {
                if (out != null) out.add(t);
                continue;
            }
            if (out == null) out = new ArrayList<>(tokens.subList(0, i));
            out.add("named");
            out.add("after");
            i += consumed - 1;
        }
        return out == null ? tokens : out;
    }
}
