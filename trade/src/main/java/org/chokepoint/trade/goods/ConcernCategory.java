package org.chokepoint.trade.goods;

/**
 * Why goods matter to export control, coarsest first. A code that is both a CHPL item and in one of
 * the other families (the CHPL's 8807.30, parts of UAVs) takes the family; its CHPL tier is kept
 * beside it in {@link GoodsClass}.
 */
public enum ConcernCategory {
    ARMS_AND_MUNITIONS("93", "arms and ammunition, their parts and accessories (HS chapter 93)"),
    UAV("8806", "unmanned aircraft (HS heading 8806)"),
    AIRCRAFT_PARTS("8807", "parts of aircraft and of unmanned aircraft (HS heading 8807)"),
    CHPL(null, "on the Common High Priority List of items found in Russian weapons"),
    NONE(null, "not a good of concern by HS code");

    private final String prefix;
    private final String meaning;

    ConcernCategory(String prefix, String meaning) {
        this.prefix = prefix;
        this.meaning = meaning;
    }

    /** The HS chapter or heading that defines the family, or null for CHPL and NONE. */
    public String hsPrefix() {
        return prefix;
    }

    public String meaning() {
        return meaning;
    }

    /** The family an HS-6 subheading falls in by its chapter or heading, or null. */
    static ConcernCategory family(String hs6) {
        for (ConcernCategory c : values()) if (c.prefix != null && hs6.startsWith(c.prefix)) return c;
        return null;
    }
}
