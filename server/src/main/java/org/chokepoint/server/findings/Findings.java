package org.chokepoint.server.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The output of one {@code detect} run, read once and held in memory: parties in rank order, flagged
 * shipments by record id, and the summary as published. Immutable, thread-safe.
 *
 * @param directory where it was read from, or null for none
 */
public record Findings(Path directory, List<Party> parties, Map<String, FlaggedShipment> shipments, JsonNode summary) {
    public Findings {
        parties = List.copyOf(parties);
        shipments = Map.copyOf(new LinkedHashMap<>(shipments));
    }

    /** No run loaded: the desk still screens and shows lists. */
    public static Findings none() {
        return new Findings(null, List.of(), Map.of(), JsonNodeFactory.instance.objectNode());
    }

    public boolean loaded() {
        return directory != null;
    }

    public Optional<Party> party(String partyId) {
        return parties.stream().filter(p -> p.partyId().equals(partyId)).findFirst();
    }
}
