package org.chokepoint.network.resolve;

import java.util.List;

/**
 * One party after resolution: every mention that names it, and why they were merged.
 *
 * @param id          index in {@link Resolution#parties()}
 * @param name        the canonical spelling: the mention with the most occurrences (ties: the
 *                    lexicographically smallest name)
 * @param country     the country all its mentions share
 * @param mentions    indices of its mentions in the input, ascending
 * @param identifiers the distinct declared identifiers as written, sorted
 * @param addresses   the distinct declared addresses as written, sorted
 * @param evidence    the links that joined its mentions, one fewer than the mentions (a spanning tree),
 *                    in the order they were accepted
 */
public record ResolvedParty(int id, String name, String country, int[] mentions, List<String> identifiers,
                            List<String> addresses, List<MergeEvidence> evidence) {
    public ResolvedParty {
        mentions = mentions.clone();
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        evidence = List.copyOf(evidence);
    }

    @Override
    public int[] mentions() {
        return mentions.clone();
    }
}
