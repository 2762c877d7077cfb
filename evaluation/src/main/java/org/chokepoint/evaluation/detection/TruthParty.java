package org.chokepoint.evaluation.detection;

import java.util.List;

/**
 * A party of a scenario's truth: a planted evasion party or a listed end user.
 *
 * @param partyId  the truth's party id
 * @param name     canonical name (planted) or listed name (end user)
 * @param country  ISO alpha-2
 * @param aliases  every spelling used in the records, trimmed
 * @param entityId the listed entity's id for an end user; null for a planted party
 * @param patterns the planted patterns; empty for an end user
 * @param recordIds the records the truth says it appears in ({@code record_ids}); empty when the truth does not say
 */
public record TruthParty(String partyId, String name, String country, List<String> aliases, String entityId, List<String> patterns,
                         java.util.Set<String> recordIds) {
    public TruthParty {
        aliases = List.copyOf(aliases);
        patterns = List.copyOf(patterns);
        recordIds = java.util.Set.copyOf(recordIds);
    }

    /** A party without record ids. */
    public TruthParty(String partyId, String name, String country, List<String> aliases, String entityId, List<String> patterns) {
        this(partyId, name, country, aliases, entityId, patterns, java.util.Set.of());
    }
}
