package org.chokepoint.detect.network;

import com.fasterxml.jackson.core.JsonGenerator;
import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.rank.RiskModel;
import org.chokepoint.network.graph.GraphNode;
import org.chokepoint.network.graph.Proximity;
import org.chokepoint.network.graph.Relation;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;
import org.chokepoint.network.graph.SupplyPaths;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Unlisted parties that send goods towards listed parties, ranked as candidates for designation: by the
 * value of goods of concern they sell to buyers within reach of a listed party ({@link
 * SupplyPaths#towardsListed}), divided by their trade hops to the nearest listed party (a direct supplier
 * of a listed end user counts in full, one a step further back half), then by all value so divided, then by
 * risk. Each with a sentence a person can check against the records: what it sold towards the listed party
 * and on which route, and from how many suppliers in which countries it buys the same goods (same HS-6).
 * Pure functions of the graph; thread-safe.
 */
final class DesignationCandidates {
    private DesignationCandidates() {}

    /**
     * A candidate.
     *
     * @param route     node keys from the candidate to the nearest listed party along the goods, each the first buyer in key order
     * @param score     CHPL value sent towards listed parties divided by {@code hops}
     * @param suppliers distinct suppliers it buys the same HS-6 goods from; their countries, by value bought, in {@code supplierCountries}
     */
    record Candidate(RankedParty party, Proximity proximity, List<String> route, double score, int suppliers,
                     List<String> supplierCountries, String explanation) {}

    static List<Candidate> rank(SupplyGraph g, GraphParts parts, int hops) {
        Map<String, Proximity> near = SupplyPaths.towardsListed(g, hops);
        List<Candidate> out = new ArrayList<>();
        for (Proximity p : near.values()) {
            Party party = parts.partyOf(p.key());
            if (party == null || party.listed() || p.hops() < 1 || p.valueToListedUsd() <= 0) continue;
            out.add(candidate(g, parts, near, parts.ranked(party.number()), p));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.proximity().valueToListedUsd() / c.proximity().hops()).reversed())
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.party().risk()).reversed())
                .thenComparingInt(c -> c.party().rank()));
        return out;
    }

    private static Candidate candidate(SupplyGraph g, GraphParts parts, Map<String, Proximity> near, RankedParty r, Proximity p) {
        List<String> route = new ArrayList<>();
        for (String k = p.key(); k != null && route.size() <= p.hops(); k = near.get(k).nextHop()) route.add(k);
        // The sales one step closer to a listed party: what the sentence describes.
        double value = 0, chpl = 0;
        long shipments = 0;
        Set<String> buyers = new TreeSet<>();
        // Hashed: each purchase's few codes are looked up among them below (Collections.disjoint walked all of them for
        // every purchase, most of the candidates' time at a million records).
        Set<String> hs6 = new HashSet<>();
        Map<String, Double> byConcern = new HashMap<>();
        for (SupplyEdge e : g.outgoing(p.key())) {
            if (e.relation() != Relation.TRADE) continue;
            Proximity to = near.get(e.target());
            if (to == null || to.hops() != p.hops() - 1) continue;
            value += e.trade().valueUsd();
            chpl += e.trade().chplValueUsd();
            shipments += e.trade().shipments();
            buyers.add(e.target());
            hs6.addAll(e.trade().hs6());
            String label = parts.concernLabel(e.trade());
            if (label != null) byConcern.merge(label, e.trade().chplValueUsd(), Double::sum);
        }
        Map<String, Double> supplierValue = new HashMap<>();
        Map<String, Double> countryValue = new LinkedHashMap<>();
        for (SupplyEdge e : g.incoming(p.key())) {
            if (e.relation() != Relation.TRADE || e.source().equals(p.key()) || !anyIn(e.trade().hs6(), hs6)) continue;
            supplierValue.merge(e.source(), e.trade().valueUsd(), Double::sum);
            countryValue.merge(g.node(e.source()).country(), e.trade().valueUsd(), Double::sum);
        }
        List<String> countries = countryValue.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).filter(c -> !c.isEmpty()).toList();
        // Largest value first; ties to the label first in order, so the sentence does not depend on hashing.
        String main = byConcern.entrySet().stream().min(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        String sentence = explain(g, p, route, buyers, value, chpl, shipments, main, supplierValue.size(), countries);
        return new Candidate(r, p, route, p.chplToListedUsd() / p.hops(), supplierValue.size(), countries, sentence);
    }

    private static boolean anyIn(Set<String> codes, Set<String> sold) {
        for (String c : codes) if (sold.contains(c)) return true;
        return false;
    }

    private static String explain(SupplyGraph g, Proximity p, List<String> route, Set<String> buyers, double value, double chpl, long shipments,
                                  String mainConcern, int suppliers, List<String> countries) {
        StringBuilder b = new StringBuilder("Sold ");
        if (chpl > 0) {
            b.append(RiskModel.money(chpl)).append(" of goods of concern");
            if (mainConcern != null) b.append(", mainly ").append(NetworkWording.concern(mainConcern)).append(",");
        } else {
            b.append(RiskModel.money(value)).append(" of goods (none of concern)");
        }
        b.append(" in ").append(NetworkWording.plural(shipments, "shipment", "shipments")).append(" to ");
        GraphNode listed = g.node(route.getLast());
        if (p.hops() == 1) {
            if (buyers.size() == 1) b.append("listed ").append(named(g.node(buyers.iterator().next())));
            else b.append(buyers.size()).append(" listed parties, among them ").append(named(listed));
        } else {
            GraphNode next = g.node(route.get(1));
            if (buyers.size() == 1) b.append(named(next));
            else b.append(buyers.size()).append(" buyers, among them ").append(named(next));
            b.append(p.hops() == 2 ? ", which sells to listed " : ", " + (p.hops() - 1) + " trade hops from listed ").append(named(listed));
        }
        if (suppliers > 0) {
            b.append("; buys the same goods from ").append(NetworkWording.plural(suppliers, "supplier", "suppliers"));
            if (!countries.isEmpty()) {
                List<String> shown = countries.subList(0, Math.min(4, countries.size()));
                b.append(" in ").append(NetworkWording.countries(shown));
                if (countries.size() > shown.size()) b.append(" and ").append(countries.size() - shown.size()).append(" more countries");
            }
        }
        return b.append('.').toString();
    }

    private static String named(GraphNode n) {
        return n.label() + (n.country().isEmpty() ? "" : " (" + n.country() + ")");
    }

    static void write(Path file, List<Candidate> candidates, GraphParts parts) throws IOException {
        try (JsonFile f = new JsonFile(file)) {
            JsonGenerator j = f.json();
            int rank = 0;
            for (Candidate c : candidates) {
                j.writeStartObject();
                j.writeNumberField("rank", ++rank);
                j.writeFieldName("party");
                JsonFile.party(j, c.party());
                j.writeNumberField("hops_to_listed", c.proximity().hops());
                j.writeNumberField("value_to_listed_usd", JsonFile.usd(c.proximity().valueToListedUsd()));
                j.writeNumberField("chpl_to_listed_usd", JsonFile.usd(c.proximity().chplToListedUsd()));
                j.writeNumberField("score", JsonFile.usd(c.score()));
                j.writeArrayFieldStart("route");
                for (String k : c.route()) {
                    Party p = parts.partyOf(k);
                    j.writeString(p == null ? k : p.id());
                }
                j.writeEndArray();
                j.writeNumberField("same_goods_suppliers", c.suppliers());
                JsonFile.strings(j, "supplier_countries", c.supplierCountries());
                j.writeStringField("explanation", c.explanation());
                j.writeStringField("risk_explanation", c.party().explanation());
                j.writeEndObject();
                f.endLine();
            }
            f.complete();
        }
    }
}
