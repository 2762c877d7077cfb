package org.chokepoint.detect.report;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal stacked bar chart as inline SVG: one bar per row, split into the parts of a fixed set of
 * series (e.g. before and after a ban), a value scale with gridlines, and a legend. Colours are SVG
 * attributes rather than CSS so the picture also reads when cut out of the page. Immutable, thread-safe.
 */
final class SvgBarChart {
    /** A series: its legend text and fill colour. */
    record Series(String name, String color) {}

    /**
     * One row.
     *
     * @param label   left of the bar (cut to fit; the whole text is the tooltip)
     * @param tooltip extra text for the bar's tooltip, or null
     * @param parts   one non-negative value per series, in series order
     * @param note    right of the bar (e.g. the total), or null
     */
    record Bar(String label, String tooltip, List<Double> parts, String note) {
        Bar {
            parts = List.copyOf(parts);
        }

        double total() {
            return parts.stream().mapToDouble(d -> Math.max(0, d)).sum();
        }
    }

    private static final int WIDTH = 1000, LABEL = 330, NOTE = 170, ROW = 24, BAR = 16, TOP = 34, BOTTOM = 10;
    private static final int LABEL_CHARS = 46;

    private final String title;
    private final List<Series> series;

    SvgBarChart(String title, List<Series> series) {
        this.title = title;
        this.series = List.copyOf(series);
    }

    /** The SVG element; an empty chart says so in words rather than drawing an empty frame. */
    String render(List<Bar> bars) {
        if (bars.isEmpty()) return "<p class=\"empty\">No data for this chart.</p>\n";
        for (Bar b : bars) {
            if (b.parts().size() != series.size()) throw new IllegalArgumentException("bar '" + b.label() + "' has " + b.parts().size()
                    + " parts for " + series.size() + " series");
        }
        double max = bars.stream().mapToDouble(Bar::total).max().orElse(0);
        double step = niceStep(max / 4);
        double scaleMax = step > 0 ? Math.ceil(max / step) * step : 1;
        int plot = WIDTH - LABEL - NOTE;
        int height = TOP + bars.size() * ROW + BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(title)).append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"12\">\n");
        legend(s);
        for (int i = 0; step > 0 && i * step <= scaleMax + step / 2; i++) {
            double v = i * step;
            double x = LABEL + plot * v / scaleMax;
            s.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(num(x)).append("\" y2=\"")
                    .append(height - BOTTOM).append("\" stroke=\"#e3e7ec\"/>");
            s.append("<text x=\"").append(num(x)).append("\" y=\"").append(TOP - 9).append("\" text-anchor=\"middle\" fill=\"#6b7785\" font-size=\"10\">")
                    .append(Html.escape(UsdAmount.compact(v))).append("</text>\n");
        }
        int y = TOP;
        for (Bar b : bars) {
            String tip = b.label() + (b.tooltip() == null ? "" : " — " + b.tooltip());
            s.append("<g><title>").append(Html.escape(tip)).append("</title>");
            s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR - 4).append("\" text-anchor=\"end\" fill=\"#1f2933\">")
                    .append(Html.escape(cut(b.label()))).append("</text>");
            double x = LABEL;
            for (int i = 0; i < series.size(); i++) {
                double w = plot * Math.max(0, b.parts().get(i)) / scaleMax;
                if (w > 0) s.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y + 2).append("\" width=\"").append(num(Math.max(w, 0.5)))
                        .append("\" height=\"").append(BAR - 2).append("\" fill=\"").append(series.get(i).color()).append("\"/>");
                x += w;
            }
            if (b.note() != null) s.append("<text x=\"").append(num(x + 6)).append("\" y=\"").append(y + BAR - 4).append("\" fill=\"#3e4c59\">")
                    .append(Html.escape(b.note())).append("</text>");
            s.append("</g>\n");
            y += ROW;
        }
        return s.append("</svg>\n").toString();
    }

    private void legend(StringBuilder s) {
        int x = LABEL;
        for (Series ser : series) {
            s.append("<rect x=\"").append(x).append("\" y=\"2\" width=\"12\" height=\"12\" fill=\"").append(ser.color()).append("\"/>");
            s.append("<text x=\"").append(x + 17).append("\" y=\"12\" fill=\"#3e4c59\">").append(Html.escape(ser.name())).append("</text>");
            // legend entries are short phrases; 7 px a character keeps them apart without measuring text
            x += 30 + 7 * ser.name().length();
        }
        s.append('\n');
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}: gridlines at round amounts. */
    static double niceStep(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) return 0;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * p >= raw) return m * p;
        return 10 * p;
    }

    private static String cut(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
