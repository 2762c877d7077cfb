package org.chokepoint.detect.report;

import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.flags.SanctionsPolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trade network among the top parties as inline SVG, in three columns by the seller's geography:
 * suppliers, transshipment hubs, sanctioned destinations ({@link SanctionsPolicy#STANDARD}). That layout
 * is deterministic and reads the way diversion works — goods move left to right, and a party that sits
 * in the middle column with thick edges on both sides is what an investigator looks for. Nodes: listed
 * parties red, unlisted ones by risk; edges: width by value, red when they carry goods of concern.
 * Stateless, thread-safe.
 */
final class NetworkPicture {
    /** More edges than this turn the picture into a hairball; the strongest (by goods of concern) are kept. */
    static final int MAX_LINKS = 60;
    private static final String[] COLUMNS = {"Suppliers", "Transshipment hubs", "Sanctioned destinations"};
    private static final int WIDTH = 1200, TOP = 44, ROW = 26, BOTTOM = 16, LABEL_CHARS = 28;
    private static final int[] X = {280, 600, 880};

    private record Node(String id, RankedParty party, int column) {}

    private NetworkPicture() {}

    /** The SVG element, or a sentence when there is no trade to draw. */
    static String render(List<ReportData.Link> allLinks, List<RankedParty> top, List<RankedParty> linked) {
        List<ReportData.Link> links = allLinks.stream().filter(l -> !l.seller().equals(l.buyer())).limit(MAX_LINKS).toList();
        if (links.isEmpty()) return "<p class=\"empty\">No trade among the top parties to draw.</p>\n";
        Map<String, RankedParty> known = new HashMap<>();
        for (RankedParty r : linked) known.put(r.party().id(), r);
        for (RankedParty r : top) known.put(r.party().id(), r);
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (ReportData.Link l : links) {
            for (String id : List.of(l.seller(), l.buyer())) nodes.computeIfAbsent(id, k -> new Node(k, known.get(k), column(known.get(k))));
        }
        List<List<Node>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Node n : nodes.values()) columns.get(n.column()).add(n);
        // rank order within a column puts the riskiest parties at the top, where the eye starts
        Comparator<Node> byRank = Comparator.comparingInt((Node n) -> n.party() == null ? Integer.MAX_VALUE : n.party().rank()).thenComparing(Node::id);
        int tallest = 0;
        for (List<Node> c : columns) {
            c.sort(byRank);
            tallest = Math.max(tallest, c.size());
        }
        Map<String, double[]> at = new HashMap<>();
        for (int c = 0; c < 3; c++) {
            double offset = (tallest - columns.get(c).size()) * ROW / 2.0;
            for (int i = 0; i < columns.get(c).size(); i++) at.put(columns.get(c).get(i).id(), new double[] {X[c], TOP + offset + i * ROW + ROW / 2.0});
        }
        int height = TOP + tallest * ROW + BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"Trade network among the top parties\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"11\">\n");
        s.append("<defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .append("<path d=\"M0,0 L8,4 L0,8 z\" fill=\"#52606d\"/></marker></defs>\n");
        for (int c = 0; c < 3; c++) {
            s.append("<text x=\"").append(X[c]).append("\" y=\"16\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" fill=\"#3e4c59\">")
                    .append(COLUMNS[c]).append(" (").append(columns.get(c).size()).append(")</text>\n");
        }
        double maxValue = links.stream().mapToDouble(ReportData.Link::valueUsd).max().orElse(1);
        // thin edges first, so the heavy flows an analyst follows are drawn on top
        List<ReportData.Link> drawOrder = new ArrayList<>(links);
        drawOrder.sort(Comparator.comparingDouble(ReportData.Link::valueUsd).thenComparing(ReportData.Link::seller).thenComparing(ReportData.Link::buyer));
        for (ReportData.Link l : drawOrder) edge(s, l, at.get(l.seller()), at.get(l.buyer()), maxValue, nodes);
        for (Node n : nodes.values()) node(s, n, at.get(n.id()));
        return s.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder s, ReportData.Link l, double[] a, double[] b, double maxValue, Map<String, Node> nodes) {
        double width = 1 + 7 * Math.sqrt(Math.max(0, l.valueUsd()) / Math.max(maxValue, 1e-9));
        String path;
        if (a[0] == b[0]) {
            // same column: bulge into the gap towards the next column, away from the labels (left of the
            // first column, right of the others)
            double dx = (a[0] == X[2] ? -1 : 1) * Math.min(110, 30 + Math.abs(b[1] - a[1]) * 0.2);
            path = "M" + SvgBarChart.num(a[0]) + "," + SvgBarChart.num(a[1]) + " C" + SvgBarChart.num(a[0] + dx) + "," + SvgBarChart.num(a[1]) + " "
                    + SvgBarChart.num(b[0] + dx) + "," + SvgBarChart.num(b[1]) + " " + SvgBarChart.num(b[0]) + "," + SvgBarChart.num(b[1]);
        } else {
            double mid = (a[0] + b[0]) / 2;
            double end = b[0] + (b[0] > a[0] ? -10 : 10);
            path = "M" + SvgBarChart.num(a[0]) + "," + SvgBarChart.num(a[1]) + " C" + SvgBarChart.num(mid) + "," + SvgBarChart.num(a[1]) + " "
                    + SvgBarChart.num(mid) + "," + SvgBarChart.num(b[1]) + " " + SvgBarChart.num(end) + "," + SvgBarChart.num(b[1]);
        }
        boolean concern = l.concernValueUsd() > 0;
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(concern ? FlowCharts.BANNED : "#9aa5b1")
                .append("\" stroke-opacity=\"").append(concern ? "0.55" : "0.45").append("\" stroke-width=\"").append(SvgBarChart.num(width))
                .append("\" marker-end=\"url(#arrow)\"><title>").append(Html.escape(name(nodes.get(l.seller())) + " → " + name(nodes.get(l.buyer()))
                        + ": " + UsdAmount.compact(l.valueUsd()) + " (" + UsdAmount.compact(l.concernValueUsd()) + " goods of concern), "
                        + l.records() + (l.records() == 1 ? " record" : " records"))).append("</title></path>\n");
    }

    private static void node(StringBuilder s, Node n, double[] p) {
        RankedParty r = n.party();
        boolean listed = r != null && r.party().listed();
        double risk = r == null ? 0 : r.risk();
        String fill = listed ? FlowCharts.BANNED : risk >= 0.5 ? "#e67e22" : risk > 0 ? "#f0b429" : "#9aa5b1";
        String label = r == null ? n.id() : "#" + r.rank() + " " + cut(r.party().name()) + (r.party().country() == null ? "" : " (" + r.party().country() + ")");
        String tip = r == null ? n.id() : r.party().name() + (r.party().country() == null ? "" : " (" + r.party().country() + ")") + ", rank " + r.rank() + ", risk "
                + String.format(java.util.Locale.ROOT, "%.2f", r.risk()) + (listed ? ", LISTED: " + r.party().hits().getFirst().name() : "");
        boolean left = n.column() == 0;
        s.append("<g><title>").append(Html.escape(tip)).append("</title><circle cx=\"").append(SvgBarChart.num(p[0])).append("\" cy=\"")
                .append(SvgBarChart.num(p[1])).append("\" r=\"").append(SvgBarChart.num(5 + 4 * risk)).append("\" fill=\"").append(fill)
                .append("\" stroke=\"#1f2933\" stroke-width=\"").append(listed ? "1.5" : "0.8").append("\"/>");
        s.append("<text x=\"").append(SvgBarChart.num(p[0] + (left ? -12 : 12))).append("\" y=\"").append(SvgBarChart.num(p[1] + 4))
                .append("\" text-anchor=\"").append(left ? "end" : "start").append("\" fill=\"").append(listed ? "#9b1c1c" : "#1f2933")
                .append("\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\"").append(listed ? " font-weight=\"600\"" : "").append('>')
                .append(Html.escape(label)).append("</text></g>\n");
    }

    /** Column by the party's country: sanctioned destination, named hub, or anywhere else (unknown too). */
    private static int column(RankedParty r) {
        String country = r == null ? null : r.party().country();
        if (country != null && SanctionsPolicy.STANDARD.bannedSince().containsKey(country)) return 2;
        if (SanctionsPolicy.STANDARD.hub(country)) return 1;
        return 0;
    }

    /** The party's name, or its id when it is not among the ranked parties the data carries. */
    private static String name(Node n) {
        return n.party() == null ? n.id() : n.party().party().name();
    }

    private static String cut(String name) {
        return name.length() <= LABEL_CHARS ? name : name.substring(0, LABEL_CHARS - 1) + "…";
    }
}
