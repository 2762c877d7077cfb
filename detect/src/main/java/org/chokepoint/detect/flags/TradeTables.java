package org.chokepoint.detect.flags;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The tables {@link DatasetRule}s query, in the detector's working DuckDB database:
 * <ul>
 *   <li>{@code trade}: one row per valid record — {@code idx BIGINT} (0-based order of valid records),
 *       {@code day INTEGER} (days since 1970-01-01), {@code seller, buyer INTEGER} (resolved parties),
 *       {@code seller_cc, buyer_cc, dest, via, origin VARCHAR} (ISO alpha-2; via = dispatch country),
 *       {@code hs6 VARCHAR}, {@code concern BOOLEAN} (CHPL, UAV, aircraft parts, arms), {@code tier VARCHAR},
 *       {@code value, qty, kg DOUBLE} (null when absent), {@code unit VARCHAR};</li>
 *   <li>{@code party}: {@code party INTEGER, country VARCHAR, listed BOOLEAN, name VARCHAR, first_day INTEGER}.</li>
 * </ul>
 * Also gives the SQL fragments for the policy, so rules state it once.
 */
public record TradeTables(SanctionsPolicy policy, int firstDay) {

    /** SQL: true when the row's destination was under a ban on its day. */
    public String bannedDestination(String alias) {
        return "(" + policy.bannedSince().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> "(" + alias + ".dest = '" + e.getKey() + "' AND " + alias + ".day >= " + e.getValue().toEpochDay() + ")")
                .collect(Collectors.joining(" OR ")) + ")";
    }

    /** SQL: true when the country column is Russia or Belarus. */
    public static String russiaOrBelarus(String column) {
        return column + " IN ('RU', 'BY')";
    }

    /** SQL: true when the country column is a hub. */
    public String hub(String column) {
        return column + " IN (" + policy.hubs().stream().sorted().map(c -> "'" + c + "'").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * SQL: true when row {@code onward} is the buyer of row {@code leg} sending goods of concern of the same HS-6
     * subheading on to Russia or Belarus, after the ban, within {@code days} days: the onward leg of a chain through
     * that buyer (feeds_transshipment_hub, new_party's first hub of two).
     */
    public String sentOnToRussia(String leg, String onward, int days) {
        return onward + ".seller = " + leg + ".buyer AND " + onward + ".hs6 = " + leg + ".hs6 AND " + onward + ".concern AND "
                + russiaOrBelarus(onward + ".dest") + " AND " + onward + ".day >= " + russiaBan() + " AND " + onward + ".day >= " + leg
                + ".day AND " + onward + ".day - " + leg + ".day <= " + days;
    }

    /**
     * SQL: true when row {@code leg} is sent to Russia or Belarus after the ban by a seller outside them: the out-leg of a
     * route through a third country (transshipment_hub, reclassified_reexport). Rules add what the goods must be.
     */
    public String reexportToRussia(String leg) {
        return russiaOrBelarus(leg + ".dest") + " AND " + leg + ".day >= " + russiaBan() + " AND NOT " + russiaOrBelarus(leg + ".seller_cc");
    }

    /**
     * Days between the two legs of a chain through one party (goods received, the same goods sent on) within which the
     * hub rules and new_party read them as one route: half a year, the time a front takes to pass a consignment on.
     */
    public static final int CHAIN_DAYS = 180;

    /**
     * SQL: true when row {@code leg} is goods of concern received by the seller of row {@code next}, of the same HS-6
     * subheading, on or before its day and within {@code days} days: the in-leg of a chain through that seller
     * (transshipment_hub, hub_consignee, feeds_transshipment_hub). Rules add their own conditions.
     */
    public static String receivedBefore(String leg, String next, int days) {
        return leg + ".buyer = " + next + ".seller AND " + leg + ".hs6 = " + next + ".hs6 AND " + leg + ".concern AND " + leg + ".day <= "
                + next + ".day AND " + next + ".day - " + leg + ".day <= " + days;
    }

    /** The first day of the Russia ban, as an epoch day. */
    public long russiaBan() {
        return policy.bannedSince().getOrDefault("RU", LocalDate.of(2022, 2, 24)).toEpochDay();
    }

    /** SQL expression: the day column as an ISO date string. */
    public static String date(String dayColumn) {
        return "strftime(DATE '1970-01-01' + CAST(" + dayColumn + " AS INTEGER), '%Y-%m-%d')";
    }
}
