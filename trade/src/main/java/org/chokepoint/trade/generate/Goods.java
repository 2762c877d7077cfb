package org.chokepoint.trade.generate;

import java.util.List;

/**
 * One HS 2022 subheading the generator declares, with the scale of an ordinary consignment.
 *
 * @param hs6            six digits
 * @param group          the catalogue's goods group ("chip", "cnc_parts", "food", ...)
 * @param unit           the declared unit ("pcs", "kg", "set", "l", "m2")
 * @param usdPerUnit     median unit price in US dollars, &gt; 0
 * @param medianQuantity median quantity of a consignment, &gt; 0
 * @param kgPerUnit      net weight of one unit in kilograms, &gt; 0
 * @param makers         brands that make such goods; may be empty
 * @param descriptions   customs-declaration texts for these goods; never empty
 * @param chpl           whether the subheading is on the Common High Priority List
 */
record Goods(String hs6, String group, String unit, double usdPerUnit, double medianQuantity, double kgPerUnit,
             List<String> makers, List<String> descriptions, boolean chpl) {
    Goods {
        makers = List.copyOf(makers);
        descriptions = List.copyOf(descriptions);
        if (descriptions.isEmpty()) throw new IllegalArgumentException(hs6 + ": no description");
    }
}
