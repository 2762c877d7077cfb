package org.chokepoint.detect.party;

import org.chokepoint.network.resolve.PartyMention;
import org.chokepoint.network.resolve.PartyResolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolution by the network module's {@link PartyResolver} ("resolve-v2": blocking, pairwise decisions
 * with the screening engine's name comparison, clustering that never joins conflicting identifiers).
 * Parties are renumbered in order of first mention so that the numbering does not depend on the
 * resolver's internals.
 */
public final class NetworkResolution implements PartyResolution {
    private final PartyResolver resolver;

    public NetworkResolution(PartyResolver resolver) {
        this.resolver = resolver;
    }

    public NetworkResolution() {
        this(new PartyResolver());
    }

    /**
     * Spellings that differ only in their address are one mention for the resolver, with the most used
     * address: addresses vary far more than names in declarations, and comparing each variant again
     * would repeat the same name comparison many times over.
     */
    @Override
    public int[] resolve(List<MentionTable.Mention> mentions, long[] occurrences) {
        Map<List<String>, Integer> groupOf = new HashMap<>();
        int[] group = new int[mentions.size()];
        List<Long> groupCount = new ArrayList<>();
        List<Integer> bestMention = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            MentionTable.Mention m = mentions.get(i);
            List<String> key = java.util.Arrays.asList(m.name(), m.country(), m.identifier());
            Integer g = groupOf.get(key);
            if (g == null) {
                g = groupCount.size();
                groupOf.put(key, g);
                groupCount.add(0L);
                bestMention.add(i);
            }
            group[i] = g;
            groupCount.set(g, groupCount.get(g) + Math.max(1, occurrences[i]));
            int best = bestMention.get(g);
            boolean better = m.address() != null && (mentions.get(best).address() == null || occurrences[i] > occurrences[best]);
            if (better) bestMention.set(g, i);
        }
        List<PartyMention> in = new ArrayList<>(groupCount.size());
        for (int g = 0; g < groupCount.size(); g++) {
            MentionTable.Mention m = mentions.get(bestMention.get(g));
            in.add(new PartyMention(m.name(), m.country(), m.identifier(), m.address(), groupCount.get(g)));
        }
        // Resolution.partyOf() hands out a copy: taken once, not once per mention (that was quadratic).
        int[] partyOfGroup = resolver.resolve(in).partyOf();
        int[] out = new int[mentions.size()];
        int[] renumber = new int[mentions.size()];
        java.util.Arrays.fill(renumber, -1);
        int parties = 0;
        for (int i = 0; i < out.length; i++) {
            int p = partyOfGroup[group[i]];
            if (renumber[p] < 0) renumber[p] = parties++;
            out[i] = renumber[p];
        }
        return out;
    }
}
