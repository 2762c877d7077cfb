package org.chokepoint.server.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trading neighbourhood of a party, built from the findings alone: two parties are linked when they
 * appear on the same shipment record (a seller and its buyer), and a party is linked to each listed
 * entity it matches. Breadth-first to {@code depth} hops from the centre, at most {@code maxNodes}
 * parties. A pure function of the findings; thread-safe.
 */
public final class Neighbourhood {
    /** A node: a party of the run, or a listed entity. */
    public record Node(String id, String label, String kind, double risk, boolean listed, String country) {}

    /** An edge; {@code records} is how many shipment records the two parties share (0 for a list match). */
    public record Edge(String source, String target, String kind, int records, double score) {}

    public record Graph(List<Node> nodes, List<Edge> edges) {}

    private Neighbourhood() {}

    public static Graph around(Findings findings, String partyId, int depth, int maxNodes) {
        Map<String, List<String>> byRecord = new LinkedHashMap<>();
        Map<String, Party> parties = new LinkedHashMap<>();
        for (Party p : findings.parties()) {
            parties.put(p.partyId(), p);
            for (String r : p.recordIds()) byRecord.computeIfAbsent(r, k -> new ArrayList<>()).add(p.partyId());
        }
        if (!parties.containsKey(partyId)) return new Graph(List.of(), List.of());
        Set<String> inGraph = new HashSet<>(List.of(partyId));
        List<String> order = new ArrayList<>(List.of(partyId));
        List<String> frontier = List.of(partyId);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                for (String r : parties.get(id).recordIds()) {
                    for (String other : byRecord.getOrDefault(r, List.of())) {
                        if (inGraph.size() >= maxNodes) break;
                        if (inGraph.add(other)) {
                            order.add(other);
                            next.add(other);
                        }
                    }
                }
            }
            frontier = next;
        }
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, Integer> shared = new LinkedHashMap<>();
        Set<String> listedNodes = new HashSet<>();
        for (String id : order) {
            Party p = parties.get(id);
            nodes.add(new Node(id, p.name(), "party", p.risk(), p.listed() || !p.listMatches().isEmpty(), p.country()));
            for (String r : p.recordIds()) {
                for (String other : byRecord.getOrDefault(r, List.of())) {
                    if (id.compareTo(other) < 0 && inGraph.contains(other)) shared.merge(id + "\u0000" + other, 1, Integer::sum);
                }
            }
            for (ListMatch m : p.listMatches()) {
                if (listedNodes.add(m.entityId())) {
                    nodes.add(new Node(m.entityId(), m.name() == null ? m.entityId() : m.name(), "listed", 1.0, true, null));
                }
                edges.add(new Edge(id, m.entityId(), "list_match", 0, m.score()));
            }
        }
        shared.forEach((k, n) -> {
            String[] ab = k.split("\u0000");
            edges.add(new Edge(ab[0], ab[1], "trade", n, 0));
        });
        return new Graph(nodes, edges);
    }
}
