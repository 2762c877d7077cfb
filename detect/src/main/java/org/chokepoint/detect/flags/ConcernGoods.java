package org.chokepoint.detect.flags;

import org.chokepoint.trade.goods.ChplTier;
import org.chokepoint.trade.goods.ConcernCategory;
import org.chokepoint.trade.goods.GoodsClass;

/** How goods of concern are named in flags, and how much they weigh: Tier 1 chips most, other CHPL tiers less. */
final class ConcernGoods {
    private ConcernGoods() {}

    static String label(GoodsClass g) {
        if (g.category() == ConcernCategory.CHPL && g.chplTier() != null) return "CHPL " + g.chplTier().label() + " goods (HS " + dotted(g.hs6()) + ")";
        return g.category().meaning().replaceAll(" \\(HS .*\\)$", "") + " (HS " + dotted(g.hs6()) + ")";
    }

    /** Weight of a consignment of these goods reaching a banned destination. */
    static double weight(GoodsClass g) {
        if (g.category() == ConcernCategory.ARMS_AND_MUNITIONS || g.category() == ConcernCategory.UAV) return 0.6;
        ChplTier t = g.chplTier();
        if (t == null) return 0.4;
        return switch (t.code().charAt(0)) {
            case '1', '2' -> 0.5;
            default -> 0.4;
        };
    }

    static String dotted(String hs6) {
        return hs6.substring(0, 4) + "." + hs6.substring(4);
    }
}
