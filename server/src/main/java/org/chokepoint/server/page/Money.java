package org.chokepoint.server.page;

import java.util.Locale;

/** US dollar amounts as people read them on a page: "$2.3M", "$25k", "$800". Pure; thread-safe. */
final class Money {
    private Money() {}

    static String usd(double v) {
        if (v >= 1e9) return String.format(Locale.ROOT, "$%.1fbn", v / 1e9);
        if (v >= 1e6) return String.format(Locale.ROOT, "$%.1fM", v / 1e6);
        if (v >= 1e3) return String.format(Locale.ROOT, "$%.0fk", v / 1e3);
        return String.format(Locale.ROOT, "$%.0f", v);
    }

    /** A CSS class suffix for a goods tier code ("3.A" to "3a", "aircraft parts" to "aircraft-parts"); "none" for null. */
    static String tierClass(String code) {
        return code == null ? "none" : code.toLowerCase(Locale.ROOT).replace(".", "").replace(' ', '-');
    }
}
