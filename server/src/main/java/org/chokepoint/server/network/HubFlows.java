package org.chokepoint.server.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Trade through hub countries, origin country → hub country → destination country, from the trade edges of the
 * exported graph. A hub party is a party in a hub country (the run's policy) that buys from another country and
 * sells to another country. What passed through it is at most the smaller of what it bought and what it sold;
 * that amount is shared among its (origin, destination) pairs in proportion to what it bought from each origin
 * and sold to each destination. A route's value is the sum over its hub parties: an estimate of how much could
 * have taken that route, not a traced consignment (dates and HS codes are not matched along it).
 * <p>
 * The measure: {@link Measure#CONCERN} the value of goods of concern, {@link Measure#ALL} every value in the graph,
 * or a tier: the goods-of-concern value of trade edges whose main tier is that one. Pure; thread-safe.
 */
public final class HubFlows {
    /** What is summed. */
    public record Measure(String tier, boolean all) {
        public static final Measure CONCERN = new Measure(null, false);
        public static final Measure ALL = new Measure(null, true);

        /** "concern" (or null), "all", or a tier code. */
        public static Measure parse(String s) {
            if (s == null || s.isBlank() || s.equals("concern")) return CONCERN;
            if (s.equals("all")) return ALL;
            return new Measure(s, false);
        }

        double of(NetEdge e) {
            if (all) return e.valueUsd();
            if (tier != null && !tier.equals(e.concern())) return 0;
            return e.chplValueUsd();
        }

        public String code() {
            return all ? "all" : tier == null ? "concern" : tier;
        }
    }

    /** One route with the value estimated through it and how many hub parties carry it. */
    public record Route(String origin, String hub, String destination, double valueUsd, int hubParties) {}

    /** A hub party's share of one route: what it bought from the origin, sold to the destination, and the estimate through it. */
    public record Carrier(NetNode party, double throughUsd, double boughtUsd, double soldUsd, List<Leg> suppliers, List<Leg> buyers) {}

    /** A trade partner on one side of a hub party, with the value traded (by the measure). */
    public record Leg(NetNode party, double valueUsd, String concern) {}

    private HubFlows() {}

    /** Every route with a positive value, largest first. */
    public static List<Route> routes(NetworkFindings net, Measure m) {
        Map<String, double[]> value = new LinkedHashMap<>();
        Map<String, Integer> carriers = new HashMap<>();
        for (NetNode p : net.nodes().values()) {
            Sides s = sides(net, p, m);
            if (s == null) continue;
            for (Map.Entry<String, Double> o : s.in.entrySet()) {
                for (Map.Entry<String, Double> d : s.out.entrySet()) {
                    double v = s.through * o.getValue() / s.inTotal * d.getValue() / s.outTotal;
                    if (v <= 0) continue;
                    String k = o.getKey() + "\u0000" + p.country() + "\u0000" + d.getKey();
                    value.computeIfAbsent(k, x -> new double[1])[0] += v;
                    carriers.merge(k, 1, Integer::sum);
                }
            }
        }
        List<Route> out = new ArrayList<>();
        value.forEach((k, v) -> {
            String[] p = k.split("\u0000");
            out.add(new Route(p[0], p[1], p[2], v[0], carriers.get(k)));
        });
        out.sort(Comparator.comparingDouble(Route::valueUsd).reversed().thenComparing(Route::origin).thenComparing(Route::hub).thenComparing(Route::destination));
        return out;
    }

    /** The hub parties that carry one route, largest share first, with their suppliers in the origin and buyers in the destination. */
    public static List<Carrier> carriers(NetworkFindings net, String origin, String hub, String destination, Measure m) {
        List<Carrier> out = new ArrayList<>();
        for (NetNode p : net.nodes().values()) {
            if (!hub.equals(p.country())) continue;
            Sides s = sides(net, p, m);
            if (s == null || !s.in.containsKey(origin) || !s.out.containsKey(destination)) continue;
            double through = s.through * s.in.get(origin) / s.inTotal * s.out.get(destination) / s.outTotal;
            if (through <= 0) continue;
            List<Leg> suppliers = new ArrayList<>(), buyers = new ArrayList<>();
            for (NetEdge e : net.edgesOf(p.key())) {
                if (!e.trade() || m.of(e) <= 0) continue;
                NetNode other = net.nodes().get(e.other(p.key()));
                if (e.target().equals(p.key()) && origin.equals(other.country())) suppliers.add(new Leg(other, m.of(e), e.concern()));
                if (e.source().equals(p.key()) && destination.equals(other.country())) buyers.add(new Leg(other, m.of(e), e.concern()));
            }
            Comparator<Leg> big = Comparator.comparingDouble(Leg::valueUsd).reversed();
            suppliers.sort(big);
            buyers.sort(big);
            out.add(new Carrier(p, through, s.in.get(origin), s.out.get(destination), suppliers, buyers));
        }
        out.sort(Comparator.comparingDouble(Carrier::throughUsd).reversed().thenComparing(c -> c.party().key()));
        return out;
    }

    /** Total estimated through each hub country, largest first. */
    public static Map<String, Double> byHub(List<Route> routes) {
        Map<String, Double> sum = new TreeMap<>();
        for (Route r : routes) sum.merge(r.hub(), r.valueUsd(), Double::sum);
        Map<String, Double> out = new LinkedHashMap<>();
        sum.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private record Sides(Map<String, Double> in, Map<String, Double> out, double inTotal, double outTotal, double through) {}

    /** What a hub party bought by origin country and sold by destination country (other countries only); null when it is no hub party. */
    private static Sides sides(NetworkFindings net, NetNode p, Measure m) {
        if (p.listedEntity() || p.country() == null || !net.hubs().contains(p.country())) return null;
        Map<String, Double> in = new TreeMap<>(), out = new TreeMap<>();
        for (NetEdge e : net.edgesOf(p.key())) {
            if (!e.trade() || e.source().equals(e.target())) continue;
            double v = m.of(e);
            if (v <= 0) continue;
            NetNode other = net.nodes().get(e.other(p.key()));
            if (other.country() == null || Objects.equals(other.country(), p.country())) continue;
            (e.target().equals(p.key()) ? in : out).merge(other.country(), v, Double::sum);
        }
        if (in.isEmpty() || out.isEmpty()) return null;
        double inTotal = in.values().stream().mapToDouble(Double::doubleValue).sum();
        double outTotal = out.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Sides(in, out, inTotal, outTotal, Math.min(inTotal, outTotal));
    }
}
