package org.chokepoint.detect.network;

import com.fasterxml.jackson.core.JsonGenerator;
import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.party.Party;
import org.chokepoint.network.communities.Community;
import org.chokepoint.network.graph.Relation;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * communities.json: the communities of parties that trade together ({@code TradeCommunities}) with at
 * least one listed or flagged member, candidate evasion networks, ordered by their riskiest member, then
 * by the value of goods of concern traded inside. Each with its members (riskiest first, at most the
 * settings' number; all are counted), listed members, the value and CHPL value traded between members,
 * and the top risk. Not thread-safe (one writer per file).
 */
final class CommunityReport {
    static final String FORMAT = "chokepoint-communities/1";

    private CommunityReport() {}

    /** A reported community, for the summary and the command line. */
    record Reported(Community community, List<RankedParty> members, List<RankedParty> listed, long flagged, double valueUsd, double chplUsd,
                    RankedParty top) {}

    /** The communities with a listed or flagged member, in report order. */
    static List<Reported> select(SupplyGraph g, GraphParts parts, List<Community> communities) {
        Map<String, Integer> groupOf = new HashMap<>();
        for (Community c : communities) for (String m : c.members()) groupOf.put(m, c.id());
        double[] value = new double[communities.size()], chpl = new double[communities.size()];
        for (SupplyEdge e : g.edges()) {
            if (e.relation() != Relation.TRADE) continue;
            Integer a = groupOf.get(e.source()), b = groupOf.get(e.target());
            if (a == null || !a.equals(b)) continue;
            value[a] += e.trade().valueUsd();
            chpl[a] += e.trade().chplValueUsd();
        }
        List<Reported> out = new ArrayList<>();
        for (Community c : communities) {
            List<RankedParty> members = new ArrayList<>();
            for (String key : c.members()) {
                Party p = parts.partyOf(key);
                if (p != null) members.add(parts.ranked(p.number()));
            }
            members.sort(Comparator.comparingInt(RankedParty::rank));
            List<RankedParty> listed = members.stream().filter(r -> r.party().listed()).toList();
            long flagged = members.stream().filter(r -> !r.flags().isEmpty()).count();
            if (listed.isEmpty() && flagged == 0) continue;
            out.add(new Reported(c, members, listed, flagged, value[c.id()], chpl[c.id()], members.getFirst()));
        }
        out.sort(Comparator.comparingDouble((Reported r) -> r.top().risk()).reversed()
                .thenComparing(Comparator.comparingDouble(Reported::chplUsd).reversed())
                .thenComparingInt(r -> r.community().id()));
        return out;
    }

    /** The size of the graph and of its exports, written at the head of communities.json. */
    record GraphSize(int nodes, int edges, int tradeEdges, int exportedNodes, int exportedEdges, boolean whole) {}

    static void write(Path file, GraphSize size, List<Reported> reported, int totalCommunities, int memberLimit) throws IOException {
        try (JsonFile f = new JsonFile(file)) {
            JsonGenerator g = f.json();
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("algorithm", "label-propagation (TradeCommunities, seed " + org.chokepoint.network.communities.TradeCommunities.SEED + ")");
            g.writeObjectFieldStart("graph");
            g.writeNumberField("nodes", size.nodes());
            g.writeNumberField("edges", size.edges());
            g.writeNumberField("trade_edges", size.tradeEdges());
            g.writeNumberField("exported_nodes", size.exportedNodes());
            g.writeNumberField("exported_edges", size.exportedEdges());
            g.writeStringField("export_scope", size.whole() ? "whole graph" : "around listed and flagged parties");
            g.writeEndObject();
            g.writeNumberField("communities", totalCommunities);
            g.writeNumberField("reported", reported.size());
            g.writeArrayFieldStart("items");
            int rank = 0;
            for (Reported r : reported) {
                g.writeStartObject();
                g.writeNumberField("rank", ++rank);
                g.writeNumberField("community", r.community().id());
                g.writeNumberField("size", r.members().size());
                g.writeNumberField("flagged_members", r.flagged());
                g.writeNumberField("value_usd", JsonFile.usd(r.valueUsd()));
                g.writeNumberField("chpl_value_usd", JsonFile.usd(r.chplUsd()));
                g.writeNumberField("top_risk", r.top().risk());
                g.writeStringField("top_party_id", r.top().party().id());
                g.writeArrayFieldStart("listed_members");
                for (RankedParty m : r.listed()) JsonFile.party(g, m);
                g.writeEndArray();
                g.writeArrayFieldStart("members");
                for (RankedParty m : r.members().subList(0, Math.min(memberLimit, r.members().size()))) JsonFile.party(g, m);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            f.endLine();
            f.complete();
        }
    }
}
