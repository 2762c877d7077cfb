package org.chokepoint.detect.party;

import org.chokepoint.network.resolve.PartyMention;
import org.chokepoint.network.resolve.PartyResolver;
import org.chokepoint.network.resolve.Resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolution by the network module's {@link PartyResolver} ("resolve-v1": blocking, pairwise decisions
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

    @Override
    public int[] resolve(List<MentionTable.Mention> mentions, long[] occurrences) {
        List<PartyMention> in = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            MentionTable.Mention m = mentions.get(i);
            in.add(new PartyMention(m.name(), m.country(), m.identifier(), m.address(), Math.max(1, occurrences[i])));
        }
        Resolution r = resolver.resolve(in);
        int[] out = new int[mentions.size()];
        Map<Integer, Integer> renumber = new HashMap<>();
        for (int i = 0; i < out.length; i++) out[i] = renumber.computeIfAbsent(r.partyOf()[i], k -> renumber.size());
        return out;
    }
}
