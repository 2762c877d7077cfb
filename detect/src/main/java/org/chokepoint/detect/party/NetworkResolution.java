package org.chokepoint.detect.party;

import org.chokepoint.network.resolve.EntryNames;
import org.chokepoint.network.resolve.MergeEvidence;
import org.chokepoint.network.resolve.PartyMention;
import org.chokepoint.network.resolve.PartyResolver;
import org.chokepoint.network.resolve.Resolution;
import org.chokepoint.text.NameNormalizer;

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
        return resolveReading(mentions, occurrences).partyOf();
    }

    /** {@link #resolve}, with the names the resolver read, when it reads them with the standard normaliser. */
    @Override
    public Resolved resolveReading(List<MentionTable.Mention> mentions, long[] occurrences) {
        return resolveReading(mentions, occurrences, EntryNames.NONE);
    }

    /** {@link #resolveReading(List, long[])}, spellings of one country that name one list entry joined ({@link PartyResolver#resolve(List, EntryNames)}). */
    @Override
    public Resolved resolveReading(List<MentionTable.Mention> mentions, long[] occurrences, EntryNames entries) {
        // Grouped by a record key, counted in arrays: the mentions run into the hundred thousands at ten million records.
        // Its equals and hashCode written out, the hash a record's (as MentionTable.Mention's): the generated ones are
        // method handles, which the quick compiler detect runs with does not inline (74,108 spellings at 1M records, on
        // one thread: a twentieth of the stage).
        record Key(String name, String country, String identifier) {
            @Override
            public boolean equals(Object o) {
                return this == o || o instanceof Key k && java.util.Objects.equals(name, k.name) && java.util.Objects.equals(country, k.country)
                        && java.util.Objects.equals(identifier, k.identifier);
            }

            @Override
            public int hashCode() {
                return (java.util.Objects.hashCode(name) * 31 + java.util.Objects.hashCode(country)) * 31 + java.util.Objects.hashCode(identifier);
            }
        }
        int n = mentions.size();
        Map<Key, Integer> groupOf = HashMap.newHashMap(n);
        int[] group = new int[n];
        long[] groupCount = new long[n];
        int[] bestMention = new int[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            MentionTable.Mention m = mentions.get(i);
            Integer known = groupOf.putIfAbsent(new Key(m.name(), m.country(), m.identifier()), groups);
            int g;
            if (known == null) {
                g = groups++;
                bestMention[g] = i;
            } else {
                g = known;
            }
            group[i] = g;
            groupCount[g] += Math.max(1, occurrences[i]);
            int best = bestMention[g];
            boolean better = m.address() != null && (mentions.get(best).address() == null || occurrences[i] > occurrences[best]);
            if (better) bestMention[g] = i;
        }
        List<PartyMention> in = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            MentionTable.Mention m = mentions.get(bestMention[g]);
            in.add(new PartyMention(m.name(), m.country(), m.identifier(), m.address(), groupCount[g]));
        }
        // Resolution.partyOf() hands out a copy: taken once, not once per mention (that was quadratic).
        Resolution resolution = resolver.resolve(in, entries);
        int[] partyOfGroup = resolution.partyOf();
        int[] out = new int[mentions.size()];
        int[] renumber = new int[mentions.size()];
        java.util.Arrays.fill(renumber, -1);
        int parties = 0;
        for (int i = 0; i < out.length; i++) {
            int p = partyOfGroup[group[i]];
            if (renumber[p] < 0) renumber[p] = parties++;
            out[i] = renumber[p];
        }
        // The spellings each party's list entry joined, by party: the explanation names them.
        Map<Integer, String> entryOf = new HashMap<>();
        Map<Integer, java.util.LinkedHashSet<String>> joinedSpellings = new HashMap<>();
        for (MergeEvidence e : resolution.entryJoins()) {
            int party = renumber[partyOfGroup[e.first()]];
            entryOf.putIfAbsent(party, e.entry());
            java.util.LinkedHashSet<String> spellings = joinedSpellings.computeIfAbsent(party, p -> new java.util.LinkedHashSet<>());
            spellings.add(in.get(e.first()).name());
            spellings.add(in.get(e.second()).name());
        }
        // One spelling per reading ("PSB AVIALIZING OOO", "Psb Avializing Ooo" are one): the explanation shows names that differ.
        Map<String, org.chokepoint.text.NormalizedName> read = resolution.normalizedNames();
        Map<Integer, EntryJoin> entryJoins = new HashMap<>();
        entryOf.forEach((party, entry) -> {
            List<String> shown = new ArrayList<>();
            java.util.Set<List<String>> words = new java.util.HashSet<>();
            for (String spelling : joinedSpellings.get(party)) {
                org.chokepoint.text.NormalizedName reading = read.get(spelling);
                if (reading == null || words.add(reading.tokens())) shown.add(spelling);
            }
            entryJoins.put(party, new EntryJoin(entry, shown));
        });
        return new Resolved(out, resolver.normalizer() == NameNormalizer.standard() ? resolution.normalizedNames() : Map.of(), entryJoins);
    }
}
