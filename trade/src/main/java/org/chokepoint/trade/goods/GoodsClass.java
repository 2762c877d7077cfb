package org.chokepoint.trade.goods;

import java.util.List;

/**
 * What an HS code says about the goods.
 *
 * @param code        the code as classified (6 to 10 digits)
 * @param hs6         its HS-6 subheading
 * @param chplTier    the CHPL tier of the subheading, or null when it is not on the list
 * @param category    the concern category ({@link ConcernCategory#NONE} when none applies); never null
 * @param description the HS 2022 text of the subheading (or, failing that, of its heading or chapter),
 *                    or null when no nomenclature is loaded and the code is not on the CHPL
 * @param explanation one sentence per fact used, in the order they were established
 */
public record GoodsClass(String code, String hs6, ChplTier chplTier, ConcernCategory category, String description, List<String> explanation) {
    public GoodsClass {
        explanation = List.copyOf(explanation);
    }

    /** True when the goods are on the CHPL or in another family of concern. */
    public boolean ofConcern() {
        return category != ConcernCategory.NONE;
    }
}
