package org.chokepoint.server.findings;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A shipment record that raised at least one red flag (one line of {@code shipments.jsonl}).
 *
 * @param recordId     the record's id in the input
 * @param score        in [0, 1]
 * @param redFlags     the flags it raised
 * @param partyMatches what {@code detect} says about the parties on it, kept as published
 */
public record FlaggedShipment(String recordId, double score, List<RedFlag> redFlags, JsonNode partyMatches) {
    public FlaggedShipment {
        redFlags = List.copyOf(redFlags);
    }
}
