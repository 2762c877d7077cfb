package org.chokepoint.trade.flows;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained SVG line chart of the monthly series, one line per partner, each as an index of its
 * own monthly average in the year before the break (= 100), on a logarithmic axis: partners whose trade
 * differs a hundredfold in size (Russia and Kyrgyzstan) share one chart, and a doubling is the same
 * height wherever it happens. A dashed line marks the break month. No scripts, no external resources.
 * A pure function; thread-safe.
 */
public final class SurgeChart {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
    private static final int W = 960, H = 520, LEFT = 64, RIGHT = 250, TOP = 56, BOTTOM = 48;

    private SurgeChart() {}

    public static String render(List<PartnerSurge> surges, YearMonth breakMonth, String title) {
        List<PartnerSurge> drawn = new ArrayList<>();
        YearMonth first = null, last = null;
        double lo = 100, hi = 100;
        for (PartnerSurge s : surges) {
            if (s.monthsBefore() == 0 || s.totalBefore() <= 0 || s.series().months().isEmpty()) continue;
            drawn.add(s);
            double base = s.totalBefore() / s.monthsBefore();
            for (Map.Entry<YearMonth, Double> e : s.series().months().entrySet()) {
                if (first == null || e.getKey().isBefore(first)) first = e.getKey();
                if (last == null || e.getKey().isAfter(last)) last = e.getKey();
                double idx = 100 * e.getValue() / base;
                if (idx > 0) {
                    lo = Math.min(lo, idx);
                    hi = Math.max(hi, idx);
                }
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title>").append(esc(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(LEFT, 24, esc(title), "font-size=\"16\" font-weight=\"bold\""));
        if (drawn.isEmpty()) {
            svg.append(text(LEFT, TOP + 20, "no series with a base year to index on", "")).append("</svg>\n");
            return svg.toString();
        }
        int yearBefore = drawn.get(0).yearBefore();
        svg.append(text(LEFT, 42, "monthly value as an index, " + yearBefore + " monthly average = 100 (logarithmic scale)", "fill=\"#555\""));
        // Gridlines at powers of two around 100 cover the range.
        double gLo = 100 * Math.pow(2, Math.floor(Math.log(lo / 100) / Math.log(2)));
        double gHi = 100 * Math.pow(2, Math.ceil(Math.log(hi / 100) / Math.log(2)));
        Axis axis = new Axis(first, last, gLo, gHi);
        for (double g = gLo; g <= gHi * 1.0001; g *= 2) {
            double y = axis.y(g);
            svg.append(line(LEFT, y, W - RIGHT, y, g == 100 ? "#888888" : "#dddddd", g == 100 ? "1.2" : "1", null));
            svg.append(text(LEFT - 6, y + 4, fmt(g), "text-anchor=\"end\" fill=\"#555\""));
        }
        for (YearMonth m = YearMonth.of(first.getYear(), 1); !m.isAfter(last); m = m.plusYears(1)) {
            if (m.isBefore(first)) continue;
            double x = axis.x(m);
            svg.append(line(x, TOP, x, H - BOTTOM, "#eeeeee", "1", null));
            svg.append(text(x, H - BOTTOM + 16, Integer.toString(m.getYear()), "text-anchor=\"middle\" fill=\"#555\""));
        }
        if (!breakMonth.isBefore(first) && !breakMonth.isAfter(last)) {
            double x = axis.x(breakMonth);
            svg.append(line(x, TOP, x, H - BOTTOM, "#000000", "1", "4 3"));
            svg.append(text(x + 4, TOP + 12, breakMonth.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + breakMonth.getYear(), ""));
        }
        for (int i = 0; i < drawn.size(); i++) {
            PartnerSurge s = drawn.get(i);
            String colour = COLOURS[i % COLOURS.length];
            double base = s.totalBefore() / s.monthsBefore();
            StringBuilder points = new StringBuilder();
            for (Map.Entry<YearMonth, Double> e : s.series().months().entrySet()) {
                double idx = Math.max(gLo, 100 * e.getValue() / base);
                points.append(points.isEmpty() ? "" : " ").append(num(axis.x(e.getKey()))).append(',').append(num(axis.y(idx)));
            }
            String change = s.annualChangePct() == null ? "" : String.format(Locale.ROOT, " (%d→%d %+.0f%%)", s.yearBefore(), s.yearAfter(), s.annualChangePct());
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.8\" points=\"").append(points)
                    .append("\"><title>").append(esc(s.partner() + change)).append("</title></polyline>\n");
            double ly = TOP + 10 + i * 20;
            svg.append(line(W - RIGHT + 16, ly - 4, W - RIGHT + 40, ly - 4, colour, "3", null));
            svg.append(text(W - RIGHT + 46, ly, esc(s.partner() + change), ""));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private record Axis(YearMonth first, YearMonth last, double lo, double hi) {
        double x(YearMonth m) {
            long span = Math.max(1, ChronoUnit.MONTHS.between(first, last));
            return LEFT + (double) (W - LEFT - RIGHT) * ChronoUnit.MONTHS.between(first, m) / span;
        }

        double y(double v) {
            double f = (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
            return H - BOTTOM - f * (H - TOP - BOTTOM);
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, String width, String dash) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\" stroke=\"" + stroke
                + "\" stroke-width=\"" + width + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>\n";
    }

    private static String text(double x, double y, String content, String attrs) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + (attrs.isEmpty() ? "" : " " + attrs) + ">" + content + "</text>\n";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v) {
        return v >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
