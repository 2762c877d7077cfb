package org.chokepoint.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.trade.flows.PartnerSurge;
import org.chokepoint.trade.flows.TradeFlows;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** The surge table for a person, or the figures and series as JSON. */
public final class SurgeReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SurgeReport() {}

    public static void text(PrintWriter out, TradeFlows flows, List<PartnerSurge> surges, YearMonth breakMonth) {
        int y = breakMonth.getYear() - 1;
        YearMonth preFrom = PartnerSurge.preStart(breakMonth), postTo = PartnerSurge.postEnd(breakMonth);
        out.println(flows.flow() + " of " + flows.reporter() + ", EUR million");
        Table t = new Table("partner", "iso", Integer.toString(y), Integer.toString(y + 1), "change", "avg/month before", "avg/month after", "change");
        for (PartnerSurge s : surges) {
            t.row(s.partner(), s.series().iso2(), million(s.totalBefore(), s.monthsBefore(), 12), million(s.totalAfter(), s.monthsAfter(), 12),
                    pct(s.annualChangePct()), million(s.preAverage(), s.preMonths(), 1), million(s.postAverage(), s.postMonths(), 1), pct(s.monthlyChangePct()));
        }
        t.print(out);
        out.printf("change: %d total against %d total (both complete years); before: %s to %s, after: %s to %s (12 months each)%n",
                y + 1, y, preFrom, breakMonth, breakMonth.plusMonths(1), postTo);
        for (String n : flows.notes()) out.println("note: " + n);
        out.flush();
    }

    public static void json(PrintWriter out, TradeFlows flows, List<PartnerSurge> surges, YearMonth breakMonth) {
        ObjectNode root = JSON.createObjectNode().put("reporter", flows.reporter()).put("flow", flows.flow()).put("break", breakMonth.toString());
        root.putArray("window_before").add(PartnerSurge.preStart(breakMonth).toString()).add(breakMonth.toString());
        root.putArray("window_after").add(breakMonth.plusMonths(1).toString()).add(PartnerSurge.postEnd(breakMonth).toString());
        var partners = root.putArray("partners");
        for (PartnerSurge s : surges) {
            ObjectNode p = partners.addObject().put("partner", s.partner()).put("source_name", s.series().partner()).put("iso2", s.series().iso2())
                    .put("year_before", s.yearBefore()).put("total_before_eur", s.totalBefore()).put("months_before", s.monthsBefore())
                    .put("year_after", s.yearAfter()).put("total_after_eur", s.totalAfter()).put("months_after", s.monthsAfter())
                    .put("annual_change_pct", round(s.annualChangePct()))
                    .put("pre_average_eur", s.preAverage()).put("pre_months", s.preMonths())
                    .put("post_average_eur", s.postAverage()).put("post_months", s.postMonths())
                    .put("monthly_change_pct", round(s.monthlyChangePct()));
            ObjectNode series = p.putObject("series_eur");
            s.series().months().forEach((m, v) -> series.put(m.toString(), v));
        }
        flows.notes().forEach(root.putArray("notes")::add);
        out.println(root.toString());
        out.flush();
    }

    private static String million(double v, int months, int needed) {
        if (months == 0) return "-";
        String s = String.format(Locale.ROOT, "%,.1f", v / 1e6);
        return months < needed ? s + " (" + months + " months)" : s;
    }

    private static String pct(Double p) {
        return p == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", p);
    }

    private static Double round(Double p) {
        return p == null ? null : Math.round(p * 100) / 100.0;
    }
}
