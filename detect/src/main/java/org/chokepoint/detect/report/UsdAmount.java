package org.chokepoint.detect.report;

import java.util.Locale;

/** US-dollar amounts as a person scans them in a table or a chart label: "$2.5k", "$61k", "$1.2M". */
final class UsdAmount {
    private UsdAmount() {}

    /**
     * Three significant figures at most, with a k/M/B suffix; negative and non-finite amounts (which
     * the queries never produce) print as "$0" rather than breaking a chart label.
     */
    static String compact(double usd) {
        if (!(usd > 0) || Double.isInfinite(usd)) return "$0";
        if (usd < 1_000) return "$" + Math.round(usd);
        if (usd < 1_000_000) return scaled(usd / 1_000, "k");
        if (usd < 1_000_000_000) return scaled(usd / 1_000_000, "M");
        return scaled(usd / 1_000_000_000, "B");
    }

    private static String scaled(double v, String suffix) {
        // one decimal only where it carries information (2.5k, but 61k rather than 61.3k)
        String digits = v < 9.95 ? String.format(Locale.ROOT, "%.1f", v) : String.valueOf(Math.round(v));
        if (digits.endsWith(".0")) digits = digits.substring(0, digits.length() - 2);
        return "$" + digits + suffix;
    }

    /** A share as a whole percentage ("37%"); 0 when the whole is 0. */
    static String percent(double part, double whole) {
        return whole > 0 ? Math.round(100 * part / whole) + "%" : "0%";
    }
}
