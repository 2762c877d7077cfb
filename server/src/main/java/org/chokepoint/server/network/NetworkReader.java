package org.chokepoint.server.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.FindingsException;
import org.chokepoint.server.findings.JsonLines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the network files {@code detect} writes beside its findings (docs/network.md): {@code network.cyjs.json}
 * (required for a network; without it the run has none), {@code network_index.json} (party ids and goods tiers;
 * without it, from an older detect, nodes carry no party id), {@code communities.json},
 * {@code supply_paths.jsonl} and {@code designation_candidates.jsonl} (each optional). A malformed file is
 * refused with its name, line and field. Hub countries and sanctioned destinations come from the run's
 * {@code summary.json} parameters, else from {@link SanctionsPolicy#STANDARD}. Stateless; thread-safe.
 */
public final class NetworkReader {
    public static final String GRAPH = "network.cyjs.json";
    public static final String INDEX = "network_index.json";
    public static final String COMMUNITIES = "communities.json";
    public static final String PATHS = "supply_paths.jsonl";
    public static final String CANDIDATES = "designation_candidates.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkReader() {}

    /** The network of the findings' directory; {@link NetworkFindings#absent} when there is none. */
    public static NetworkFindings read(Findings findings) throws FindingsException, IOException {
        Set<String> hubs = new LinkedHashSet<>();
        for (JsonNode h : findings.summary().path("parameters").path("hubs")) hubs.add(h.asText());
        if (hubs.isEmpty()) hubs.addAll(SanctionsPolicy.STANDARD.hubs());
        Set<String> sanctioned = new LinkedHashSet<>();
        findings.summary().path("parameters").path("banned_destinations").fieldNames().forEachRemaining(sanctioned::add);
        if (sanctioned.isEmpty()) sanctioned.addAll(SanctionsPolicy.STANDARD.bannedSince().keySet());
        Path dir = findings.directory();
        if (dir == null || !Files.isRegularFile(dir.resolve(GRAPH))) return NetworkFindings.absent(hubs, sanctioned);

        JsonNode index = Files.isRegularFile(dir.resolve(INDEX)) ? object(dir.resolve(INDEX)) : JSON.createObjectNode();
        JsonNode partyIds = index.path("parties");
        Map<String, String> concernOf = new HashMap<>();
        for (JsonNode t : index.path("trade_concern")) concernOf.put(t.path("seller").asText() + "\u0000" + t.path("buyer").asText(), t.path("concern").asText(null));
        Map<String, String> labels = new LinkedHashMap<>();
        index.path("concern_labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));

        String scope = "whole graph";
        JsonNode graphSize = JSON.createObjectNode();
        List<JsonNode> communities = new ArrayList<>();
        Map<String, Integer> communityOf = new HashMap<>();
        if (Files.isRegularFile(dir.resolve(COMMUNITIES))) {
            JsonNode c = object(dir.resolve(COMMUNITIES));
            graphSize = c.path("graph");
            scope = graphSize.path("export_scope").asText(scope);
            for (JsonNode item : c.path("items")) {
                communities.add(item);
                int rank = item.path("rank").asInt();
                for (JsonNode m : item.path("members")) communityOf.putIfAbsent(m.path("party_id").asText(), rank);
            }
        }

        JsonNode graph = object(dir.resolve(GRAPH));
        JsonNode elements = graph.path("elements");
        if (!elements.path("nodes").isArray() || !elements.path("edges").isArray())
            throw new FindingsException(GRAPH, 1, "elements", "must hold arrays nodes and edges (Cytoscape.js elements JSON)");
        // Without the index (a detect before it existed), parties are joined by name and country where that is unique.
        Map<String, String> byNameAndCountry = new HashMap<>();
        if (!index.has("parties")) {
            Set<String> twice = new java.util.HashSet<>();
            for (org.chokepoint.server.findings.Party p : findings.parties()) {
                String k = p.name() + "\u0000" + (p.country() == null ? "" : p.country());
                if (byNameAndCountry.putIfAbsent(k, p.partyId()) != null) twice.add(k);
            }
            byNameAndCountry.keySet().removeAll(twice);
        }
        Map<String, NetNode> nodes = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode n : elements.path("nodes")) {
            i++;
            JsonNode d = n.path("data");
            String key = required(d, "id", "node " + i);
            String partyId = partyIds.path(key).asText(null);
            if (partyId == null && !index.has("parties") && "party".equals(d.path("kind").asText())) {
                partyId = byNameAndCountry.get(d.path("label").asText() + "\u0000" + d.path("country").asText(""));
            }
            String country = d.path("country").asText("");
            nodes.put(key, new NetNode(key, "listed_entity".equals(d.path("kind").asText()), d.path("label").asText(key), country.isEmpty() ? null : country,
                    d.path("listed").asBoolean(false), d.path("risk").asDouble(0), partyId, partyId == null ? 0 : communityOf.getOrDefault(partyId, 0)));
        }
        List<NetEdge> edges = new ArrayList<>();
        i = 0;
        for (JsonNode e : elements.path("edges")) {
            i++;
            JsonNode d = e.path("data");
            String source = required(d, "source", "edge " + i), target = required(d, "target", "edge " + i);
            if (!nodes.containsKey(source) || !nodes.containsKey(target))
                throw new FindingsException(GRAPH, 0, "edge " + i, "links " + source + " and " + target + ", which are not both nodes of the file");
            String relation = d.path("relation").asText("trade");
            boolean trade = relation.equals("trade");
            String detail = trade ? d.path("hs6").asText(null) : d.has("detail") ? d.path("detail").asText() : d.path("weight").asText(null);
            edges.add(new NetEdge(source, target, relation, trade ? d.path("value_usd").asDouble(0) : 0, trade ? d.path("chpl_value_usd").asDouble(0) : 0,
                    trade ? d.path("shipments").asLong(0) : 0, trade ? concernOf.get(source + "\u0000" + target) : null, detail));
        }
        return NetworkFindings.index(scope, graphSize, nodes, edges, communities, lines(dir.resolve(PATHS)), lines(dir.resolve(CANDIDATES)), hubs, labels, sanctioned);
    }

    private static String required(JsonNode d, String field, String where) throws FindingsException {
        String v = d.path(field).asText("");
        if (v.isEmpty()) throw new FindingsException(GRAPH, 0, where + " data." + field, "required");
        return v;
    }

    private static JsonNode object(Path file) throws IOException, FindingsException {
        try {
            JsonNode n = JSON.readTree(file.toFile());
            if (n == null || !n.isObject()) throw new FindingsException(file.getFileName().toString(), 1, null, "must be a JSON object");
            return n;
        } catch (JsonProcessingException e) {
            throw new FindingsException(file.getFileName().toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The objects of a JSON Lines file; none when the run did not write it. */
    private static List<JsonNode> lines(Path file) throws IOException, FindingsException {
        if (!Files.isRegularFile(file)) return List.of();
        return JsonLines.read(file).stream().map(JsonLines.Line::node).toList();
    }
}
