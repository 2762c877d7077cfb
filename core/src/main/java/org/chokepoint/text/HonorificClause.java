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
