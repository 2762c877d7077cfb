package org.chokepoint.detect.network;

import com.fasterxml.jackson.core.JsonGenerator;
import org.chokepoint.detect.party.Party;
import org.chokepoint.network.graph.PartyNode;
import org.chokepoint.network.graph.Relation;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;
import org.chokepoint.network.graph.SupplyPath;
import org.chokepoint.network.graph.SupplyPaths;
import org.chokepoint.network.graph.TradeEdge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * supply_paths.jsonl: for every listed party that bought something (a listed end user, in rank order), its
 * supplier chains ({@link SupplyPaths#suppliersOf}: supplier, intermediaries, end user), best first by
 * bottleneck value, at most the settings' number; one line per chain, with each sale along it (value,
 * CHPL value, shipments, dates, HS-6 codes). {@link #find} searches, {@link #write} writes. Not thread-safe (one
 * writer per file).
 */
final class SupplyPathReport {
    private SupplyPathReport() {}

    /** What was written: end users and chains. */
    record Counts(int endUsers, int paths) {}

    /** A listed end user (a party number) and its supplier chains, best first. */
    record EndUser(int party, List<SupplyPath> paths) {
        EndUser {
            paths = List.copyOf(paths);
        }
    }

    /** The listed parties that bought something, in rank order, each with its supplier chains; nothing written. */
    static List<EndUser> find(SupplyGraph g, GraphParts parts, int maxHops, int perEndUser) {
        List<EndUser> out = new ArrayList<>();
        for (int n : parts.rankOrder()) {
            Party endUser = parts.party(n);
            String key = PartyNode.key(n);
            if (!endUser.listed() || !buys(g, key)) continue;
            out.add(new EndUser(n, SupplyPaths.suppliersOf(g, key, maxHops, perEndUser)));
        }
        return out;
    }

    static Counts write(Path file, SupplyGraph g, GraphParts parts, List<EndUser> endUsers) throws IOException {
        int paths = 0;
        try (JsonFile f = new JsonFile(file)) {
            JsonGenerator j = f.json();
            for (EndUser u : endUsers) {
                int n = u.party();
                int rank = 0;
                for (SupplyPath p : u.paths()) {
                    j.writeStartObject();
                    j.writeFieldName("end_user");
                    JsonFile.party(j, parts.ranked(n));
                    j.writeNumberField("rank", ++rank);
                    j.writeNumberField("hops", p.hops());
                    j.writeNumberField("bottleneck_usd", JsonFile.usd(p.bottleneckUsd()));
                    j.writeNumberField("chpl_bottleneck_usd", JsonFile.usd(p.chplBottleneckUsd()));
                    j.writeArrayFieldStart("parties");
                    for (String k : p.nodes()) JsonFile.party(j, parts.ranked(parts.partyOf(k).number()));
                    j.writeEndArray();
                    j.writeArrayFieldStart("sales");
                    for (int i = 0; i + 1 < p.nodes().size(); i++) sale(j, g, parts, p.nodes().get(i), p.nodes().get(i + 1));
                    j.writeEndArray();
                    j.writeEndObject();
                    f.endLine();
                    paths++;
                }
            }
            f.complete();
        }
        return new Counts(endUsers.size(), paths);
    }

    private static boolean buys(SupplyGraph g, String key) {
        for (SupplyEdge e : g.incoming(key)) if (e.relation() == Relation.TRADE && !e.source().equals(key)) return true;
        return false;
    }

    private static void sale(JsonGenerator j, SupplyGraph g, GraphParts parts, String seller, String buyer) throws IOException {
        TradeEdge t = null;
        for (SupplyEdge e : g.edgesBetween(seller, buyer)) if (e.relation() == Relation.TRADE) t = e.trade();
        if (t == null) throw new IllegalStateException("no trade " + seller + " -> " + buyer + " on a supply path");
        j.writeStartObject();
        j.writeStringField("seller", parts.party(t.seller()).id());
        j.writeStringField("buyer", parts.party(t.buyer()).id());
        j.writeNumberField("value_usd", JsonFile.usd(t.valueUsd()));
        j.writeNumberField("chpl_value_usd", JsonFile.usd(t.chplValueUsd()));
        j.writeNumberField("shipments", t.shipments());
        j.writeStringField("first", t.first().toString());
        j.writeStringField("last", t.last().toString());
        JsonFile.strings(j, "hs6", t.hs6().stream().sorted().toList());
        String concern = parts.concernLabel(t);
        if (concern != null) j.writeStringField("concern", NetworkWording.concern(concern));
        j.writeEndObject();
    }
}
