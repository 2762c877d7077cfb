package org.chokepoint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits Soviet-style compound names into their parts and translates each part: "Yuzhmorgeologiya"
 * is yuzh|mor|geologiya, "southern marine geology"; "Gazprombank" is gas|industry|bank. A token is
 * split only when known parts cover it entirely, with as few parts as possible, so ordinary words
 * and surnames stay whole. Parts come from {@code org-compounds.tsv} and from the one-word
 * entries of the vocabulary. Immutable and thread-safe.
 */
final class CompoundSplitter {
    private static final int MIN_PART = 2;
    private static final int MIN_TOKEN = 5;

    private final Map<String, String> parts;
    private final int longestPart;

    CompoundSplitter(Map<String, String> parts) {
        this.parts = Map.copyOf(parts);
        this.longestPart = parts.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Reads {@code org-compounds.tsv} (translation, then parts separated by "|") and adds {@code words}. */
    static CompoundSplitter load(Map<String, String> words) {
        Map<String, String> parts = new HashMap<>();
        for (String[] row : DataFile.rows("org-compounds.tsv")) {
            if (row.length != 2) throw new IllegalStateException("org-compounds.tsv: expected 2 columns: " + String.join(" ", row));
            for (String part : DataFile.alternatives(row[1])) parts.putIfAbsent(part, row[0]);
        }
        words.forEach(parts::putIfAbsent);
        return new CompoundSplitter(parts);
    }

    /** Translations of the parts of {@code token}, or null when it is not a compound of known parts. */
    List<String> split(String token) {
        int n = token.length();
        if (n < MIN_TOKEN) return null;
        int[] pieces = new int[n + 1]; // fewest parts covering token[0, i); MAX_VALUE when none do
        int[] cut = new int[n + 1];
        pieces[0] = 0;
        for (int end = 1; end <= n; end++) {
            pieces[end] = Integer.MAX_VALUE;
            for (int len = MIN_PART; len <= Math.min(longestPart, end); len++) {
                int start = end - len;
                if (start > 0 && pieces[start] == Integer.MAX_VALUE) continue;
                if (!parts.containsKey(token.substring(start, end))) continue;
                int count = pieces[start] + 1;
                if (count < pieces[end]) {
                    pieces[end] = count;
                    cut[end] = start;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE || pieces[n] < 2) return null;
        List<String> translations = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) translations.addFirst(parts.get(token.substring(cut[end], end)));
        List<String> out = new ArrayList<>();
        for (String translation : translations) out.addAll(List.of(translation.split(" ")));
        return out;
    }
}
