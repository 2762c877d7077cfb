package org.chokepoint.server.network;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The part of the exported graph around one party that a browser can draw: every node within {@code hops}
 * links of it (any relation, either direction), cut to {@code maxNodes}. What the cut keeps, in order: the
 * party, the parties on its supply paths to listed end users (so "paths to listed" always has its path), then
 * hop by hop the listed nodes first and the riskier ones next. {@link #total} says how many were within
 * reach, so the page can say "showing N of M". Pure; thread-safe.
 *
 * @param centre   the party's node
 * @param hops     1 to 3
 * @param total    nodes within {@code hops} links, plus those of its paths beyond them
 * @param nodes    the nodes kept, the centre first
 * @param edges    every edge between two kept nodes
 * @param pathKeys node keys on the party's supply paths (supply_paths.jsonl), kept whatever the cut
 * @param distance links from the centre of each kept node (a path node beyond {@code hops}: its distance on the path)
 */
public record PartyNeighbourhood(NetNode centre, int hops, int total, List<NetNode> nodes, List<NetEdge> edges, Set<String> pathKeys,
                                 Map<String, Integer> distance) {
    private static final Comparator<NetNode> IMPORTANCE = Comparator.comparing((NetNode n) -> !n.listed())
            .thenComparing(Comparator.comparingDouble(NetNode::risk).reversed()).thenComparing(NetNode::key);

    public PartyNeighbourhood {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        pathKeys = Set.copyOf(pathKeys);
        distance = Map.copyOf(distance);
    }

    /**
     * @throws NoSuchElementException when the export does not hold the party (a large run exports only the part
     *                                around listed and flagged parties)
     */
    public static PartyNeighbourhood around(NetworkFindings net, String partyId, int hops, int maxNodes) {
        NetNode centre = net.nodeOfParty(partyId);
        if (centre == null) throw new NoSuchElementException("party '" + partyId + "' is not in the exported network"
                + (net.present() ? " (" + net.scope() + ")" : " (the findings have no network files)"));
        Set<String> pathKeys = new LinkedHashSet<>();
        Map<String, Integer> onPath = new HashMap<>();
        for (JsonNode p : net.pathsOf(partyId)) {
            List<String> keys = new ArrayList<>();
            for (JsonNode party : p.path("parties")) {
                NetNode n = net.nodeOfParty(party.path("party_id").asText());
                keys.add(n == null ? null : n.key());
            }
            int at = keys.indexOf(centre.key());
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i) == null) continue;
                pathKeys.add(keys.get(i));
                onPath.merge(keys.get(i), Math.abs(i - at), Math::min);
            }
        }
        Map<String, Integer> distance = new HashMap<>();
        distance.put(centre.key(), 0);
        Set<String> reached = new HashSet<>(List.of(centre.key()));
        List<List<NetNode>> layers = new ArrayList<>();
        List<String> frontier = List.of(centre.key());
        for (int d = 0; d < hops && !frontier.isEmpty(); d++) {
            List<NetNode> layer = new ArrayList<>();
            for (String k : frontier) {
                for (NetEdge e : net.edgesOf(k)) {
                    String o = e.other(k);
                    if (reached.add(o)) {
                        layer.add(net.nodes().get(o));
                        distance.put(o, d + 1);
                    }
                }
            }
            layer.sort(IMPORTANCE);
            layers.add(layer);
            frontier = layer.stream().map(NetNode::key).toList();
        }
        int total = reached.size();
        for (String k : pathKeys) if (!reached.contains(k)) total++;

        Set<String> keep = new LinkedHashSet<>();
        keep.add(centre.key());
        for (String k : pathKeys) if (keep.size() < maxNodes) keep.add(k);
        for (List<NetNode> layer : layers) {
            for (NetNode n : layer) {
                if (keep.size() >= maxNodes) break;
                keep.add(n.key());
            }
        }
        List<NetNode> nodes = keep.stream().map(net.nodes()::get).toList();
        List<NetEdge> edges = new ArrayList<>();
        for (String k : keep) {
            for (NetEdge e : net.edgesOf(k)) {
                // Each edge once: from its source's list.
                if (e.source().equals(k) && keep.contains(e.target())) edges.add(e);
            }
        }
        pathKeys.retainAll(keep);
        Map<String, Integer> kept = new HashMap<>();
        for (String k : keep) kept.put(k, distance.containsKey(k) ? distance.get(k) : onPath.getOrDefault(k, hops + 1));
        return new PartyNeighbourhood(centre, hops, total, nodes, edges, pathKeys, kept);
    }

    public boolean cut() {
        return nodes.size() < total;
    }
}
