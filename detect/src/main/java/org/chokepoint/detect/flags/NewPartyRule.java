package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code new_party}: a seller first seen after the Russia ban (and at least {@code settle} days after the
 * dataset starts, so that the start of the data does not make everyone new) that sends goods of concern
 * to a banned destination within {@code days} days of its first appearance, or to a buyer that sends the same
 * goods on to Russia or Belarus (the first hub of a chain of two, a front as new as the last). Also a seller seen
 * in at most {@code rare} records that sends goods of concern to a banned destination. Fronts are set up for the
 * purpose and used briefly.
 */
public final class NewPartyRule implements DatasetRule {
    public static final String ID = "new_party";
    private final int days;
    private final int settle;
    private final int rare;

    public NewPartyRule(int days, int settle, int rare) {
        this.days = days;
        this.settle = settle;
        this.rare = rare;
    }

    public NewPartyRule() {
        this(120, 180, 2);
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "New or rarely seen party",
                "A seller first seen after 24 Feb 2022 that ships goods of concern, within " + days
                        + " days of its first record, to a banned destination or to a buyer that sends the same goods on to Russia or Belarus; or a seller with at most " + rare + " records in all that ships them to a banned destination.",
                "Recently incorporated or never-before-seen customers, especially after February 2022, are a FinCEN-BIS red flag: fronts are created for one procurement and dropped.",
                "FinCEN-BIS joint alert FIN-2022-Alert003; ../shared/docs/domain.md red flag 4",
                Map.of("days", Integer.toString(days), "settle_days", Integer.toString(settle), "rare_records", Integer.toString(rare)));
    }

    @Override
    public boolean readsParties() {
        return false;
    }

    @Override
    public String marks(TradeTables t) {
        long newSince = Math.max(t.russiaBan(), (long) t.firstDay() + settle);
        String fresh = "s.first_day >= " + newSince + " AND t.day - s.first_day <= " + days;
        // The first hub of a chain of two: its goods go to Russia through its buyer.
        String onward = t.sentOnToRussia("t", "o", TradeTables.CHAIN_DAYS);
        // The sales with an onward leg found by one join to the few onward legs (to Russia or Belarus), grouped per sale: as
        // an EXISTS under the OR, DuckDB grouped every sale of goods of concern by the columns the subquery read.
        return """
                WITH seen AS (SELECT p AS party, min(day) AS first_day, count(*) AS n FROM
                   (SELECT seller AS p, day FROM trade UNION ALL SELECT buyer AS p, day FROM trade) GROUP BY p)
                SELECT t.idx, t.seller AS party,
                       CASE WHEN %s THEN 0.35 ELSE 0.25 END AS weight,
                       CASE WHEN %s AND %s
                            THEN 'First seen on ' || %s || '; shipped HS ' || t.hs6 || ' to ' || t.dest || ' ' || (t.day - s.first_day) || ' days later.'
                            WHEN %s
                            THEN 'First seen on ' || %s || '; shipped HS ' || t.hs6 || ' to ' || t.dest || ' ' || (t.day - s.first_day)
                                 || ' days later, to a buyer that sent the same goods on to Russia or Belarus.'
                            ELSE 'Seen in only ' || s.n || ' records; shipped HS ' || t.hs6 || ' to ' || t.dest || '.' END AS detail
                FROM trade t JOIN seen s ON s.party = t.seller
                  LEFT JOIN (SELECT t.idx FROM trade t JOIN trade o ON %s WHERE t.concern GROUP BY t.idx) fed ON fed.idx = t.idx
                WHERE t.concern AND ((%s AND ((%s) OR s.n <= %d))
                                     OR (%s AND NOT %s AND t.buyer <> t.seller AND fed.idx IS NOT NULL))
                """.formatted(fresh, fresh, t.bannedDestination("t"), TradeTables.date("s.first_day"), fresh, TradeTables.date("s.first_day"),
                onward, t.bannedDestination("t"), fresh, rare, fresh, t.bannedDestination("t"));
    }
}
