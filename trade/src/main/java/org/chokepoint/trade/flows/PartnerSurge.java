package org.chokepoint.trade.flows;

import java.time.YearMonth;

/**
 * How a partner's trade changed across the break month. Percentages are {@code (after / before - 1) * 100};
 * a comparison whose base is missing or zero is null.
 *
 * @param series           the partner's monthly series
 * @param yearBefore       the calendar year before the break's (2021 for February 2022)
 * @param totalBefore      sum of the months of {@code yearBefore} (EUR)
 * @param monthsBefore     how many of its 12 months the source reports
 * @param totalAfter       sum of the months of the break's year (2022)
 * @param monthsAfter      how many of its 12 months the source reports
 * @param annualChangePct  change of the annual total, null unless both years are complete
 * @param preAverage       monthly average over the 12 months up to and including the break month
 *                         (March 2021 to February 2022)
 * @param preMonths        months reported in that window
 * @param postAverage      monthly average over the 12 months after the break month (March 2022 to February 2023)
 * @param postMonths       months reported in that window
 * @param monthlyChangePct change of the monthly average, null when a window has no month
 */
public record PartnerSurge(PartnerSeries series, int yearBefore, double totalBefore, int monthsBefore, double totalAfter, int monthsAfter,
                           Double annualChangePct, double preAverage, int preMonths, double postAverage, int postMonths, Double monthlyChangePct) {

    public String partner() {
        return series.label();
    }

    /** The break's year, {@code yearBefore + 1}. */
    public int yearAfter() {
        return yearBefore + 1;
    }

    /** First month of the window before the break. */
    public static YearMonth preStart(YearMonth breakMonth) {
        return breakMonth.minusMonths(11);
    }

    /** Last month of the window after the break. */
    public static YearMonth postEnd(YearMonth breakMonth) {
        return breakMonth.plusMonths(12);
    }
}
