package org.chokepoint.detect.flags;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The geography the rules work with: destinations under export bans (and since when) and the
 * transshipment hubs that regulators and analysts name (../shared/docs/domain.md, FinCEN-BIS alerts).
 * Immutable.
 *
 * @param bannedSince destination country → first day its controls applied to goods of concern
 * @param hubs        countries named as diversion hubs
 * @param embargoed   countries whose arms exports are embargoed by the UN (DPRK, Iran)
 */
public record SanctionsPolicy(Map<String, LocalDate> bannedSince, Set<String> hubs, Set<String> embargoed) {
    /** Russia from the invasion on 24 Feb 2022, Belarus from 2 Mar 2022; Iran, DPRK and Syria throughout. */
    public static final SanctionsPolicy STANDARD = new SanctionsPolicy(
            Map.of("RU", LocalDate.of(2022, 2, 24), "BY", LocalDate.of(2022, 3, 2),
                    "IR", LocalDate.of(2000, 1, 1), "KP", LocalDate.of(2000, 1, 1), "SY", LocalDate.of(2000, 1, 1)),
            Set.of("CN", "HK", "MO", "AE", "TR", "KZ", "KG", "AM", "GE", "UZ", "TJ", "RS", "IN", "AZ", "MN"),
            Set.of("KP", "IR"));

    public SanctionsPolicy {
        bannedSince = Map.copyOf(bannedSince);
        hubs = Set.copyOf(hubs);
        embargoed = Set.copyOf(embargoed);
    }

    /** True when goods of concern to this country on this day were under a ban. */
    public boolean banned(String country, LocalDate day) {
        LocalDate since = country == null ? null : bannedSince.get(country);
        return since != null && day != null && !day.isBefore(since);
    }

    /** True for North Korea and Iran (null-safe). */
    public boolean embargoed(String country) {
        return country != null && embargoed.contains(country);
    }

    /** True for a named transshipment hub (null-safe). */
    public boolean hub(String country) {
        return country != null && hubs.contains(country);
    }

    /** Russia and Belarus: the end destinations diversion through hubs serves. */
    public boolean russiaOrBelarus(String country) {
        return "RU".equals(country) || "BY".equals(country);
    }
}
