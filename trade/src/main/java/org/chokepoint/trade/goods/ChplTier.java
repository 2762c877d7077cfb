package org.chokepoint.trade.goods;

/**
 * The tiers of the Common High Priority List, highest priority first. The summaries are ours, written
 * from the codes each tier holds; the official tier names are not quoted.
 */
public enum ChplTier {
    TIER_1("1", "integrated circuits"),
    TIER_2("2", "radio-frequency, navigation and other key electronic components"),
    TIER_3A("3.A", "other electronic components"),
    TIER_3B("3.B", "bearings, aircraft and drone parts, optics and navigation instruments"),
    TIER_4A("4.A", "computers, semiconductor manufacturing and test equipment"),
    TIER_4B("4.B", "CNC machine tools and their parts");

    private final String code;
    private final String summary;

    ChplTier(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    /** The tier as the list writes it: {@code 1}, {@code 3.A}, ... */
    public String code() {
        return code;
    }

    /** {@code Tier 3.A}. */
    public String label() {
        return "Tier " + code;
    }

    public String summary() {
        return summary;
    }

    /** The tier of a code as written in the list ({@code 3.A}, {@code 3A}, {@code Tier 3.A}), or null. */
    public static ChplTier of(String code) {
        if (code == null) return null;
        String c = code.strip().replaceFirst("(?i)^tier\\s*", "").replace(".", "").toUpperCase(java.util.Locale.ROOT);
        for (ChplTier t : values()) if (t.code.replace(".", "").equals(c)) return t;
        return null;
    }
}
