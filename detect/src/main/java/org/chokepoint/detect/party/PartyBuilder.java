package org.chokepoint.detect.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a partition of the mentions into {@link Party} records (without list matches yet). */
public final class PartyBuilder {
    private PartyBuilder() {}

    public static List<Party> build(MentionTable mentions, int[] partyOf) {
        return build(mentions, partyOf, Map.of());
    }

    /** {@link #build(MentionTable, int[])}, with the parties whose spellings a list entry joined ({@link PartyResolution.Resolved#entryJoins()}). */
    public static List<Party> build(MentionTable mentions, int[] partyOf, Map<Integer, EntryJoin> entryJoins) {
        int n = 0;
        for (int p : partyOf) n = Math.max(n, p + 1);
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) members.add(new ArrayList<>());
        for (int m = 0; m < partyOf.length; m++) members.get(partyOf[m]).add(m);
        // Each party on its own (a pure function of its members), in parallel, in party order.
        return java.util.stream.IntStream.range(0, n).parallel().mapToObj(p -> {
            Map<String, Long> nameCount = new HashMap<>();
            Map<String, Long> countryCount = new HashMap<>();
            Set<String> ids = new LinkedHashSet<>();
            Set<String> addresses = new LinkedHashSet<>();
            for (int m : members.get(p)) {
                MentionTable.Mention x = mentions.mention(m);
                nameCount.merge(x.name(), mentions.occurrences(m), Long::sum);
                countryCount.merge(x.country(), mentions.occurrences(m), Long::sum);
                if (x.identifier() != null) ids.add(x.identifier());
                if (x.address() != null) addresses.add(x.address());
            }
            List<String> names = mostUsed(nameCount);
            return new Party(p, String.format("party-%06d", p + 1), names, mostUsed(countryCount).getFirst(),
                    ids.stream().sorted().toList(), addresses.stream().sorted().toList(), List.of(), false, entryJoins.get(p));
        }).toList();
    }

    private static List<String> mostUsed(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .map(Map.Entry::getKey).toList();
    }
}
