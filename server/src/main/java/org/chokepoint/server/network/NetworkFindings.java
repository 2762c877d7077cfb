package org.chokepoint.server.network;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network files of one {@code detect} run, read once ({@link NetworkReader}) and indexed for the desk:
 * nodes by key and by party id, edges by node, communities, supply paths by party, designation candidates,
 * and the hub countries of the run's policy. Supply paths, candidates and communities are kept as the JSON
 * objects detect wrote (docs/network.md fixes their fields), so the API passes them on unchanged.
 * Immutable; thread-safe.
 *
 * @param present       false when the run has no network files (an older detect): everything else is empty
 * @param scope         "whole graph" or "around listed and flagged parties" (communities.json, export_scope)
 * @param graphSize     communities.json's {@code graph} object (nodes and edges of the whole graph and of the export)
 * @param concernLabels tier code to words ("1" to "Tier 1 (integrated circuits)")
 * @param sanctioned    destinations the run's policy bans goods of concern to (summary.json {@code parameters.banned_destinations})
 */
public record NetworkFindings(boolean present, String scope, JsonNode graphSize, Map<String, NetNode> nodes, List<NetEdge> edges,
                              Map<String, List<NetEdge>> edgesOf, Map<String, String> keyOfParty, List<JsonNode> communities,
                              List<JsonNode> paths, Map<String, List<JsonNode>> pathsOfParty, List<JsonNode> candidates,
                              Set<String> hubs, Map<String, String> concernLabels, Set<String> sanctioned) {
    public NetworkFindings {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
        Map<String, List<NetEdge>> by = new HashMap<>();
        edgesOf.forEach((k, v) -> by.put(k, List.copyOf(v)));
        edgesOf = Collections.unmodifiableMap(by);
        keyOfParty = Map.copyOf(keyOfParty);
        communities = List.copyOf(communities);
        paths = List.copyOf(paths);
        Map<String, List<JsonNode>> pp = new HashMap<>();
        pathsOfParty.forEach((k, v) -> pp.put(k, List.copyOf(v)));
        pathsOfParty = Collections.unmodifiableMap(pp);
        candidates = List.copyOf(candidates);
        hubs = Set.copyOf(hubs);
        concernLabels = Map.copyOf(concernLabels);
        sanctioned = Set.copyOf(sanctioned);
    }

    /** A run without network files. */
    public static NetworkFindings absent(Set<String> hubs, Set<String> sanctioned) {
        return new NetworkFindings(false, null, null, Map.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of(), List.of(), hubs, Map.of(), sanctioned);
    }

    /** The node of a party of parties.jsonl, or null when the export does not hold it. */
    public NetNode nodeOfParty(String partyId) {
        String key = keyOfParty.get(partyId);
        return key == null ? null : nodes.get(key);
    }

    public List<NetEdge> edgesOf(String key) {
        return edgesOf.getOrDefault(key, List.of());
    }

    /** The supplier chains (supply_paths.jsonl) the party is on, as end user, supplier or intermediary; best first. */
    /** The party's line of designation_candidates.jsonl, if the run named it a candidate. */
    public Optional<JsonNode> candidateOf(String partyId) {
        return candidates.stream().filter(c -> partyId.equals(c.path("party").path("party_id").asText(null))).findFirst();
    }

    public List<JsonNode> pathsOf(String partyId) {
        return pathsOfParty.getOrDefault(partyId, List.of());
    }

    /** A tier code in words, or the code itself when the run did not word it. */
    public String concernLabel(String code) {
        return code == null ? null : concernLabels.getOrDefault(code, code);
    }

    /** Builds the indexes; the reader's only constructor path. */
    static NetworkFindings index(String scope, JsonNode graphSize, Map<String, NetNode> nodes, List<NetEdge> edges, List<JsonNode> communities,
                                 List<JsonNode> paths, List<JsonNode> candidates, Set<String> hubs, Map<String, String> concernLabels, Set<String> sanctioned) {
        Map<String, List<NetEdge>> edgesOf = new HashMap<>();
        for (NetEdge e : edges) {
            edgesOf.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
            if (!e.target().equals(e.source())) edgesOf.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
        }
        Map<String, String> keyOfParty = new HashMap<>();
        for (NetNode n : nodes.values()) if (n.partyId() != null) keyOfParty.put(n.partyId(), n.key());
        Map<String, List<JsonNode>> pathsOfParty = new HashMap<>();
        for (JsonNode p : paths) {
            for (JsonNode party : p.path("parties")) {
                List<JsonNode> l = pathsOfParty.computeIfAbsent(party.path("party_id").asText(), k -> new ArrayList<>());
                if (l.isEmpty() || l.getLast() != p) l.add(p);
            }
        }
        pathsOfParty.values().forEach(l -> l.sort((a, b) -> Double.compare(b.path("bottleneck_usd").asDouble(), a.path("bottleneck_usd").asDouble())));
        return new NetworkFindings(true, scope, graphSize, nodes, edges, edgesOf, keyOfParty, communities, paths, pathsOfParty, candidates, hubs, concernLabels, sanctioned);
    }
}
