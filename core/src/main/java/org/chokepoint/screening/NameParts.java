package org.chokepoint.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a name worth comparing on their own. Lists often write two names in one:
 * "PJSC Sberbank (Public Joint-Stock Company Sberbank)", "Stroygazmontazh-Most OOO (SGM-MOST OOO)".
 * Compared whole, each half dilutes the other; so the name is also compared without its parenthesised
 * text, and each parenthesised text on its own. Pure.
 */
final class NameParts {
    /** At most this many parts per name, the whole first. */
    static final int MAX = 4;

    private NameParts() {}

    static List<String> of(String name) {
        Set<String> out = new LinkedHashSet<>();
        String whole = name == null ? "" : name.strip();
        out.add(whole);
        if (whole.indexOf('(') >= 0) {
            StringBuilder outside = new StringBuilder();
            List<String> inside = new ArrayList<>();
            int depth = 0;
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i < whole.length(); i++) {
                char c = whole.charAt(i);
                if (c == '(') {
                    if (depth++ == 0) cur.setLength(0);
                    else cur.append(c);
                } else if (c == ')' && depth > 0) {
                    if (--depth == 0) inside.add(cur.toString().strip());
                    else cur.append(c);
                } else if (depth > 0) {
                    cur.append(c);
                } else {
                    outside.append(c);
                }
            }
            if (depth > 0) inside.add(cur.toString().strip()); // an unclosed parenthesis
            String o = outside.toString().replaceAll("\\s+", " ").strip();
            if (!o.isEmpty()) out.add(o);
            // "(Hong Kong)", "(U.K.)", "(India)" say where a company is, not which one: not a name of its own.
            for (String in : inside) if (in.length() >= 2 && org.chokepoint.country.Countries.toIso2(in) == null) out.add(in);
        }
        return out.stream().limit(MAX).toList();
    }
}
