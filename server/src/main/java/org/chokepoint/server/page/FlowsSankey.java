package org.chokepoint.server.page;

import org.chokepoint.server.network.HubFlows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The largest routes as a three-column Sankey diagram in SVG, written on the server: origin countries on the
 * left, hubs in the middle, destinations on the right, each band as wide as its value. Only SVG attributes and
 * classes (the Content-Security-Policy forbids inline styles). Pure; thread-safe.
 */
final class FlowsSankey {
    static final int WIDTH = 940, HEIGHT = 340, NODE = 12, GAP = 8, TOP = 8;
    private static final int[] X = {190, 440, 690};

    private FlowsSankey() {}

    /** Draws {@code routes} (already cut to the few largest); {@code banned}: destinations whose bands are red. */
    static void draw(Html h, List<HubFlows.Route> routes, Set<String> banned) {
        List<Map<String, Double>> columns = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        Map<String, Double> left = new LinkedHashMap<>(), right = new LinkedHashMap<>();
        double total = 0;
        for (HubFlows.Route r : routes) {
            columns.get(0).merge(r.origin(), r.valueUsd(), Double::sum);
            columns.get(1).merge(r.hub(), r.valueUsd(), Double::sum);
            columns.get(2).merge(r.destination(), r.valueUsd(), Double::sum);
            left.merge(r.origin() + ">" + r.hub(), r.valueUsd(), Double::sum);
            right.merge(r.hub() + ">" + r.destination(), r.valueUsd(), Double::sum);
            total += r.valueUsd();
        }
        int maxNodes = columns.stream().mapToInt(Map::size).max().orElse(1);
        double scale = (HEIGHT - 2 * TOP - GAP * (maxNodes - 1)) / total;
        // Node tops per column, largest first.
        List<Map<String, Double>> top = new ArrayList<>();
        for (Map<String, Double> c : columns) {
            Map<String, Double> y = new LinkedHashMap<>();
            double at = TOP;
            for (Map.Entry<String, Double> e : c.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList()) {
                y.put(e.getKey(), at);
                at += e.getValue() * scale + GAP;
            }
            top.add(y);
        }
        h.open("svg", "class", "sankey", "width", Integer.toString(WIDTH), "height", Integer.toString(HEIGHT), "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
                "role", "img", "aria-label", "Largest routes from origin country through hub country to destination country");
        bands(h, left, top.get(0), top.get(1), 0, scale, k -> false);
        bands(h, right, top.get(1), top.get(2), 1, scale, k -> banned.contains(k.substring(k.indexOf('>') + 1)));
        for (int c = 0; c < 3; c++) {
            for (Map.Entry<String, Double> e : columns.get(c).entrySet()) {
                double y = top.get(c).get(e.getKey()), hgt = Math.max(1, e.getValue() * scale);
                boolean bad = c == 2 && banned.contains(e.getKey());
                h.open("rect", "x", Integer.toString(X[c]), "y", num(y), "width", Integer.toString(NODE), "height", num(hgt), "class", "sankey-node" + (bad ? " bad" : "")).close();
                String label = NetworkPage.countryName(e.getKey());
                boolean before = c == 0;
                h.open("text", "x", Integer.toString(before ? X[c] - 6 : X[c] + NODE + 6), "y", num(y + hgt / 2 + 4), "text-anchor", before ? "end" : "start",
                        "class", "sankey-label" + (c == 1 ? " hub" : "") + (bad ? " bad" : ""));
                h.text(label + " ").el("tspan", Money.usd(e.getValue()), "class", "sankey-value");
                h.close();
            }
        }
        h.close();
    }

    private static void bands(Html h, Map<String, Double> links, Map<String, Double> fromTop, Map<String, Double> toTop, int column, double scale,
                              java.util.function.Predicate<String> bad) {
        Map<String, Double> outUsed = new HashMap<>(), inUsed = new HashMap<>();
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(links.entrySet());
        // Bands leave and enter their nodes in the order of the other end, so they do not cross needlessly.
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> fromTop.get(e.getKey().split(">")[0]))
                .thenComparingDouble(e -> toTop.get(e.getKey().split(">")[1])));
        for (Map.Entry<String, Double> e : sorted) {
            String[] k = e.getKey().split(">");
            double w = Math.max(1, e.getValue() * scale);
            double y0 = fromTop.get(k[0]) + outUsed.getOrDefault(k[0], 0.0) + w / 2;
            double y1 = toTop.get(k[1]) + inUsed.getOrDefault(k[1], 0.0) + w / 2;
            outUsed.merge(k[0], w, Double::sum);
            inUsed.merge(k[1], w, Double::sum);
            double x0 = X[column] + NODE, x1 = X[column + 1], mid = (x0 + x1) / 2;
            h.open("path", "d", "M" + num(x0) + "," + num(y0) + " C" + num(mid) + "," + num(y0) + " " + num(mid) + "," + num(y1) + " " + num(x1) + "," + num(y1),
                    "stroke-width", num(w), "class", "sankey-band" + (bad.test(e.getKey()) ? " bad" : ""));
            h.el("title", NetworkPage.countryName(k[0]) + " → " + NetworkPage.countryName(k[1]) + ": " + Money.usd(e.getValue()));
            h.close();
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
