package org.chokepoint.detect.report;

import org.chokepoint.detect.DetectionResult;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The top of the page: what was read, the headline counts as tiles, and where the run's time went.
 * The page states no clock time of its own (summary.json has {@code generated_at}), so the same data
 * always gives the same page. Stateless, thread-safe.
 */
final class RunHeader {
    private RunHeader() {}

    static String render(DetectionResult r) {
        StringBuilder s = new StringBuilder();
        String input = r.inputName();
        s.append("<header class=\"top\"><div class=\"wrap\"><div class=\"brand\">Chokepoint</div><h1>Findings for <code>")
                .append(Html.escape(input)).append("</code></h1>\n<p class=\"sub\">Parties ranked by the risk that they divert military-relevant goods to sanctioned end users. ")
                .append("Every figure comes from the input records and the sanctions lists loaded at run time (list versions: <code>summary.json</code>).</p></div></header>\n");
        s.append("<div class=\"wrap\"><section class=\"tiles\">\n");
        tile(s, "records read", r.read(), null);
        tile(s, "records stored", r.valid(), null);
        tile(s, "records rejected", r.rejected(), r.rejected() > 0 ? "warn" : null);
        tile(s, "records flagged", r.flaggedRecords(), r.flaggedRecords() > 0 ? "alert" : null);
        tile(s, "parties", r.parties(), null);
        tile(s, "listed parties", r.listedParties(), r.listedParties() > 0 ? "alert" : null);
        s.append("</section>\n");
        s.append("<p class=\"meta\">Run time ").append(Html.escape(duration(r.total())));
        if (!r.stages().isEmpty()) {
            s.append(" — ");
            boolean first = true;
            for (Map.Entry<String, Duration> e : r.stages().entrySet()) {
                if (!first) s.append(", ");
                first = false;
                s.append(Html.escape(e.getKey())).append(' ').append(Html.escape(duration(e.getValue())));
            }
        }
        s.append(".</p>\n");
        if (r.rejected() > 0) {
            s.append("<p class=\"meta\">Rejected records are in <code>rejects.csv</code> with file, line, column and reason. By column: ");
            // DetectionResult keeps the reasons sorted by column, so the page is the same every run
            boolean first = true;
            for (Map.Entry<String, Long> e : r.rejectReasons().entrySet()) {
                if (!first) s.append(", ");
                first = false;
                s.append("<code>").append(Html.escape(e.getKey())).append("</code> ").append(e.getValue());
            }
            s.append(".</p>\n");
        }
        return s.append("</div>\n").toString();
    }

    private static void tile(StringBuilder s, String label, long value, String tone) {
        s.append("<div class=\"tile").append(tone == null ? "" : " " + tone).append("\"><div class=\"n\">").append(String.format(Locale.ROOT, "%,d", value))
                .append("</div><div class=\"l\">").append(Html.escape(label)).append("</div></div>\n");
    }

    /** "1.8 s", "2 min 05 s": seconds are what a person compares between runs. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 60_000) return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        return String.format(Locale.ROOT, "%d min %02d s", ms / 60_000, (ms / 1000) % 60);
    }
}
