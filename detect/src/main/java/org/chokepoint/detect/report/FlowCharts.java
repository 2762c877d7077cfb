package org.chokepoint.detect.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The two flow charts of the report, drawn with {@link SvgBarChart}: goods of concern by route, split
 * before and after the Russia ban, and all goods by tier, split by whether they went to a banned
 * destination. Stateless, thread-safe.
 */
final class FlowCharts {
    /** The report's one accent colour: what a ban covers. */
    static final String BANNED = "#c0392b";
    static final String OTHER = "#9fb3c8";
    /** The tier key of goods in no tier (ReportData.TierFlow). */
    static final String OUTSIDE_TIERS = "other";

    private FlowCharts() {}

    /**
     * One bar per route (origin → via → destination), largest first: the query gives before-ban and
     * after-ban value as separate rows, and an analyst wants to see one route's shift at a glance.
     */
    static String routes(List<ReportData.Route> routes) {
        record Key(String origin, String via, String destination) {}
        Map<Key, double[]> byRoute = new LinkedHashMap<>();
        for (ReportData.Route r : routes) {
            double[] v = byRoute.computeIfAbsent(new Key(r.origin(), r.via(), r.destination()), k -> new double[3]);
            v[r.afterBan() ? 1 : 0] += r.valueUsd();
            v[2] += r.records();
        }
        List<Map.Entry<Key, double[]>> rows = new ArrayList<>(byRoute.entrySet());
        rows.sort(Comparator.comparingDouble((Map.Entry<Key, double[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                .thenComparing(e -> label(e.getKey().origin(), e.getKey().via(), e.getKey().destination())));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Map.Entry<Key, double[]> e : rows) {
            double[] v = e.getValue();
            String label = label(e.getKey().origin(), e.getKey().via(), e.getKey().destination());
            bars.add(new SvgBarChart.Bar(label, UsdAmount.compact(v[0]) + " before the ban, " + UsdAmount.compact(v[1]) + " after; "
                    + (long) v[2] + " records", List.of(v[0], v[1]), UsdAmount.compact(v[0] + v[1]) + "  (" + UsdAmount.percent(v[1], v[0] + v[1]) + " after)"));
        }
        return new SvgBarChart("Value of goods of concern by route, before and after the ban",
                List.of(new SvgBarChart.Series("before the ban", OTHER), new SvgBarChart.Series("after the ban", BANNED))).render(bars);
    }

    /**
     * One bar per goods tier, in tier order, the part to banned destinations first. Goods outside every
     * tier get a sentence under the chart rather than a bar: they are usually most of the trade and would
     * squash the tiers an analyst came to see.
     */
    static String tiers(List<ReportData.TierFlow> tiers) {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        for (ReportData.TierFlow t : tiers) {
            if (t.tier().equals(OUTSIDE_TIERS)) {
                rest.append("<p class=\"meta\">").append(Html.escape(t.label())).append(" (outside every tier): ").append(UsdAmount.compact(t.valueUsd()))
                        .append(" in ").append(t.records()).append(t.records() == 1 ? " record" : " records").append(", ")
                        .append(UsdAmount.compact(t.bannedValueUsd())).append(" of it to banned destinations.</p>\n");
                continue;
            }
            double banned = Math.min(t.bannedValueUsd(), t.valueUsd());
            bars.add(new SvgBarChart.Bar(t.label(), UsdAmount.compact(t.valueUsd()) + " in all, " + UsdAmount.compact(banned)
                    + " to banned destinations; " + t.records() + " records", List.of(banned, t.valueUsd() - banned),
                    UsdAmount.compact(t.valueUsd()) + "  (" + UsdAmount.percent(banned, t.valueUsd()) + " banned)"));
        }
        return new SvgBarChart("Value of goods by tier, to banned destinations and elsewhere",
                List.of(new SvgBarChart.Series("to banned destinations", BANNED), new SvgBarChart.Series("elsewhere", OTHER))).render(bars) + rest;
    }

    /** "CN → KZ → RU", or "US → RU" without an intermediate country; unknown countries show as "?". */
    static String label(String origin, String via, String destination) {
        return Objects.requireNonNullElse(origin, "?") + (via == null ? "" : " → " + via) + " → " + Objects.requireNonNullElse(destination, "?");
    }
}
