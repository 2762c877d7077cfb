package org.chokepoint.trade.flows;

import java.time.YearMonth;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The monthly values of one flow from one reporter to one partner.
 *
 * @param partner the partner as the source names it ({@code Russian Federation (Russia)})
 * @param iso2    its ISO 3166-1 alpha-2 code, or null when the name is not recognised
 * @param months  value in EUR by month; months the source does not report are absent
 */
public record PartnerSeries(String partner, String iso2, NavigableMap<YearMonth, Double> months) {
    public PartnerSeries {
        months = Collections.unmodifiableNavigableMap(new TreeMap<>(months));
    }

    /** A short name for tables and charts: the English country name when the code is known. */
    public String label() {
        if (iso2 != null) return org.chokepoint.country.Countries.name(iso2);
        int paren = partner.indexOf(" (");
        return paren > 0 ? partner.substring(0, paren) : partner;
    }
}
