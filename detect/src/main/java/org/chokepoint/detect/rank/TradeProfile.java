package org.chokepoint.detect.rank;

import java.util.List;

/**
 * What a party did in the records, for explanations: sales and purchases, goods of concern, and sales to
 * banned destinations, in US dollars.
 */
public record TradeProfile(long sold, double soldValue, double concernSold, double bannedSold, long buyers,
                           long bought, double boughtValue, double concernBought, long sellers, List<String> sellerCountries) {
    public static final TradeProfile EMPTY = new TradeProfile(0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

    public TradeProfile {
        sellerCountries = List.copyOf(sellerCountries);
    }
}
