package org.chokepoint.detect.party;

import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simplest resolution: mentions in the same country whose names normalise to the same words (in
 * any order, legal forms aside, any script romanised) are one party. Misses typos and abbreviations;
 * never merges across countries. Used when the network module's resolver is not wanted.
 */
public final class NormalizedNameResolution implements PartyResolution {
    private final NameNormalizer normalizer = NameNormalizer.standard();

    @Override
    public int[] resolve(List<MentionTable.Mention> mentions, long[] occurrences) {
        int[] out = new int[mentions.size()];
        Map<String, Integer> parties = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            MentionTable.Mention m = mentions.get(i);
            String nameKey = keys.computeIfAbsent(m.name(), this::key);
            String k = m.country() + '\u0000' + (nameKey.isEmpty() ? m.name() : nameKey);
            Integer p = parties.get(k);
            if (p == null) {
                p = parties.size();
                parties.put(k, p);
            }
            out[i] = p;
        }
        return out;
    }

    private String key(String name) {
        NormalizedName n = normalizer.normalize(name);
        return String.join(" ", n.tokens().stream().sorted().toList());
    }
}
