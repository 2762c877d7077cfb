/**
 * What the goods are: HS codes (national tariff codes of 6 to 10 digits and the HS-6 subheading they
 * fall in), the Common High Priority List (CHPL) of battlefield goods by tier, the other goods of
 * concern (UAVs, aircraft parts, arms and munitions), descriptions from the HS 2022 nomenclature, and
 * the {@link org.chokepoint.trade.goods.GoodsClassifier} that puts them together.
 */
package org.chokepoint.trade.goods;
