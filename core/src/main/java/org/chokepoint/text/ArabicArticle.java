package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The Arabic article and "Abd" names as romanisations write them differently: "el-" (Egyptian and French usage) for
 * "al-", and "Abd al", "Abd el", "Abdel", "Abdol" (Persian), "Abdal" for "Abdul" (servant of ...). Lists print one
 * spelling, declarations another. {@link #standard} gives the name with "al" and "abdul"; the result is an extra
 * variant, never the name's own tokens. Stateless and thread-safe.
 */
final class ArabicArticle {
    private ArabicArticle() {}

    /** The tokens with the article as "al" and "Abd" names as "abdul"; the same list when nothing changes. */
    static List<String> standard(List<String> tokens) {
        if (tokens.size() < 2) return tokens;
        List<String> out = new ArrayList<>(tokens.size());
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("abd") && i + 1 < tokens.size() && (tokens.get(i + 1).equals("al") || tokens.get(i + 1).equals("el")
                    || tokens.get(i + 1).equals("ul") || tokens.get(i + 1).equals("ol"))) {
                out.add("abdul");
                i++;
                changed = true;
            } else if (t.equals("abdel") || t.equals("abdol") || t.equals("abdal")) {
                out.add("abdul");
                changed = true;
            } else if (t.equals("el") && i + 1 < tokens.size()) {
                out.add("al");
                changed = true;
            } else {
                out.add(t);
            }
        }
        return changed ? List.copyOf(out) : tokens;
    }
}
