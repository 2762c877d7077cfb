package org.chokepoint.server.findings;

import java.util.List;

/**
 * One resolved trade party of a {@code detect} run (one line of {@code parties.jsonl}, formats.md §2).
 *
 * @param rank        1 for the riskiest
 * @param partyId     the party's id in the run
 * @param name        its resolved name
 * @param country     ISO alpha-2, or null
 * @param aliases     every name variant resolved into it
 * @param ids         identifiers it declared
 * @param recordIds   the shipment records it appears in
 * @param risk        in [0, 1]
 * @param listed      whether it is itself a listed entity
 * @param listMatches listed entities it matches
 * @param redFlags    red flags raised on it
 * @param explanation one or two sentences for an analyst
 */
public record Party(int rank, String partyId, String name, String country, List<String> aliases, List<String> ids, List<String> recordIds,
                    double risk, boolean listed, List<ListMatch> listMatches, List<RedFlag> redFlags, String explanation) {
    public Party {
        aliases = List.copyOf(aliases);
        ids = List.copyOf(ids);
        recordIds = List.copyOf(recordIds);
        listMatches = List.copyOf(listMatches);
        redFlags = List.copyOf(redFlags);
    }

    /** A party with a list match or a red flag is an alert for an analyst to decide. */
    public boolean alerting() {
        return listed || !listMatches.isEmpty() || !redFlags.isEmpty();
    }
}
