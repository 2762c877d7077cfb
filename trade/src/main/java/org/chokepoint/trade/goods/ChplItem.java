package org.chokepoint.trade.goods;

/**
 * One code of the Common High Priority List.
 *
 * @param hs6         the HS 2022 subheading, six digits
 * @param tier        its tier
 * @param description the HS 2022 text of the subheading
 */
public record ChplItem(String hs6, ChplTier tier, String description) {}
