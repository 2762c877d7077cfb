package org.chokepoint.server.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The output of one {@code detect} run, read once and held in memory: parties in rank order, flagged
 * shipments by record id, and the summary as published. Parties are indexed by id once here, so a page
 * or API call that looks parties up does not scan or re-index them. Immutable, thread-safe.
 */
public final class Findings {
    private final Path directory;
    private final List<Party> parties;
    private final Map<String, Party> partyById;
    private final Map<String, FlaggedShipment> shipments;
    private final JsonNode summary;

    /**
     * @param directory where it was read from, or null for none
     * @param parties   in rank order; a party id that appears twice is found at its first place
     */
    public Findings(Path directory, List<Party> parties, Map<String, FlaggedShipment> shipments, JsonNode summary) {
        this.directory = directory;
        this.parties = List.copyOf(parties);
        Map<String, Party> byId = new HashMap<>();
        for (Party p : this.parties) byId.putIfAbsent(p.partyId(), p);
        this.partyById = byId;
        this.shipments = Map.copyOf(new LinkedHashMap<>(shipments));
        this.summary = summary;
    }

    /** No run loaded: the desk still screens and shows lists. */
    public static Findings none() {
        return new Findings(null, List.of(), Map.of(), JsonNodeFactory.instance.objectNode());
    }

    /** Where it was read from, or null for none. */
    public Path directory() {
        return directory;
    }

    public List<Party> parties() {
        return parties;
    }

    public Map<String, FlaggedShipment> shipments() {
        return shipments;
    }

    public JsonNode summary() {
        return summary;
    }

    public boolean loaded() {
        return directory != null;
    }

    /** The party of that id; empty for an unknown or null id. */
    public Optional<Party> party(String partyId) {
        return partyId == null ? Optional.empty() : Optional.ofNullable(partyById.get(partyId));
    }
}
