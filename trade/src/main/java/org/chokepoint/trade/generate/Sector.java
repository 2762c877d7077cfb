package org.chokepoint.trade.generate;

import java.util.List;

/** A party's line of business: what goods it ordinarily trades. */
enum Sector {
    ELECTRONICS(List.of("chip", "rf", "components", "computing", "consumer_electronics", "navigation", "test_equipment")),
    MACHINERY(List.of("cnc", "cnc_parts", "machinery", "bearings", "test_equipment")),
    AUTOMOTIVE(List.of("automotive")),
    FURNITURE(List.of("furniture")),
    TEXTILES(List.of("textiles")),
    FOOD(List.of("food")),
    PHARMA(List.of("pharma")),
    CHEMICALS(List.of("chemicals")),
    RAW_MATERIALS(List.of("raw_materials")),
    /** General traders: consumer goods of every kind. */
    GENERAL(List.of("consumer_electronics", "appliances", "toys", "textiles", "food", "furniture")),
    /** Freight forwarders and logistics firms: they move goods of every kind for others. */
    LOGISTICS(List.of("consumer_electronics", "appliances", "machinery", "automotive", "furniture", "textiles", "food", "pharma"));

    /** Goods groups this line of business ordinarily buys and sells. */
    final List<String> groups;

    Sector(List<String> groups) {
        this.groups = groups;
    }

    /** Sectors that never need CHPL goods: a buyer of CHPL goods in one of them is out of line. */
    boolean unrelatedToChpl() {
        return this == FURNITURE || this == TEXTILES || this == FOOD;
    }
}
