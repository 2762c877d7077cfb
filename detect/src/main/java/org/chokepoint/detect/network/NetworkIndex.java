package org.chokepoint.detect.network;

import com.fasterxml.jackson.core.JsonGenerator;
import org.chokepoint.detect.party.Party;
import org.chokepoint.network.graph.GraphNode;
import org.chokepoint.network.graph.Relation;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * network_index.json: what a reader of {@code network.cyjs.json} needs to join it with the findings and that
 * the graph exports do not carry: the {@code party_id} of each exported party node ("p12" is a graph key,
 * {@code parties.jsonl} names the party "party-000013"), and the goods-of-concern tier of each exported trade
 * edge (the tier of its largest consignment of concern, as {@code supply_paths.jsonl} words it). The desk's
 * network explorer colours edges by tier and its flows view filters on it. Not thread-safe (one writer per file).
 */
final class NetworkIndex {
    static final String FILE = "network_index.json";
    static final String FORMAT = "chokepoint-network-index/1";

    private NetworkIndex() {}

    static void write(Path file, SupplyGraph exported, GraphParts parts, boolean whole) throws IOException {
        try (JsonFile f = new JsonFile(file)) {
            JsonGenerator j = f.json();
            j.writeStartObject();
            j.writeStringField("format", FORMAT);
            j.writeStringField("export_scope", whole ? "whole graph" : "around listed and flagged parties");
            j.writeObjectFieldStart("parties");
            for (GraphNode n : exported.nodes().values()) {
                Party p = GraphNode.PARTY.equals(n.kind()) ? parts.partyOf(n.key()) : null;
                if (p != null) j.writeStringField(n.key(), p.id());
            }
            j.writeEndObject();
            Map<String, String> labels = new TreeMap<>();
            j.writeArrayFieldStart("trade_concern");
            for (SupplyEdge e : exported.edges()) {
                if (e.relation() != Relation.TRADE) continue;
                String label = parts.concernLabel(e.trade());
                if (label == null) continue;
                labels.putIfAbsent(label, NetworkWording.concern(label));
                j.writeStartObject();
                j.writeStringField("seller", e.source());
                j.writeStringField("buyer", e.target());
                j.writeStringField("concern", label);
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeObjectFieldStart("concern_labels");
            for (Map.Entry<String, String> l : labels.entrySet()) j.writeStringField(l.getKey(), l.getValue());
            j.writeEndObject();
            j.writeEndObject();
            f.complete();
        }
    }
}
