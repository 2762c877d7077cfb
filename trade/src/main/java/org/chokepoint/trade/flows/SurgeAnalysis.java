package org.chokepoint.trade.flows;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The surge of trade to each partner across a break month (by default February 2022, the month of the
 * invasion, which is mostly before it): the annual total of the break's year against the year before,
 * as the published analyses compare them (Eurostat EU27 exports 2021 → 2022), and the monthly average of
 * the 12 months after the break against the 12 months up to it, which compares like seasons and starts
 * at the first month of sanctions. A pure function of the series; thread-safe.
 */
public final class SurgeAnalysis {
    /** The month Russia invaded Ukraine (24 February 2022). */
    public static final YearMonth INVASION = YearMonth.of(2022, 2);

    private SurgeAnalysis() {}

    public static List<PartnerSurge> of(TradeFlows flows, YearMonth breakMonth) {
        List<PartnerSurge> out = new ArrayList<>();
        for (PartnerSeries s : flows.partners()) out.add(of(s, breakMonth));
        return out;
    }

    public static PartnerSurge of(PartnerSeries s, YearMonth breakMonth) {
        int after = breakMonth.getYear();
        Window y1 = window(s, YearMonth.of(after - 1, 1), YearMonth.of(after - 1, 12));
        Window y2 = window(s, YearMonth.of(after, 1), YearMonth.of(after, 12));
        Window pre = window(s, PartnerSurge.preStart(breakMonth), breakMonth);
        Window post = window(s, breakMonth.plusMonths(1), PartnerSurge.postEnd(breakMonth));
        Double annual = y1.months == 12 && y2.months == 12 ? change(y1.sum, y2.sum) : null;
        Double monthly = pre.months > 0 && post.months > 0 ? change(pre.average(), post.average()) : null;
        return new PartnerSurge(s, after - 1, y1.sum, y1.months, y2.sum, y2.months, annual, pre.average(), pre.months, post.average(), post.months, monthly);
    }

    private record Window(double sum, int months) {
        double average() {
            return months == 0 ? 0 : sum / months;
        }
    }

    private static Window window(PartnerSeries s, YearMonth from, YearMonth to) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<YearMonth, Double> e : s.months().subMap(from, true, to, true).entrySet()) {
            sum += e.getValue();
            n++;
        }
        return new Window(sum, n);
    }

    private static Double change(double before, double after) {
        return before <= 0 ? null : (after / before - 1) * 100;
    }
}
