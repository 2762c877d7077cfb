package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code feeds_transshipment_hub}: a party in a hub country sells goods of concern to a buyer in another country
 * (not Russia or Belarus) that sends goods of the same HS-6 on to Russia or Belarus within {@code days} days,
 * after the ban: the earlier hub of a chain of two ("Türkiye, then Kazakhstan"), which {@code transshipment_hub}
 * does not see because its own buyer is not in Russia. A producer's country is no hub, so makers and their
 * distributors selling to a hub are not flagged here.
 */
public final class FeedsHubRule implements DatasetRule {
    public static final String ID = "feeds_transshipment_hub";
    private final int days;

    public FeedsHubRule(int days) {
        this.days = days;
    }

    public FeedsHubRule() {
        this(TradeTables.CHAIN_DAYS);
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Feeds a transshipment hub",
                "A party in a hub country sells goods of concern to a buyer in another country that sends goods of the same HS-6 subheading on to Russia or Belarus within "
                        + days + " days, after the export ban.",
                "Diversion chains often pass through two hubs (the UAE or Türkiye, then Central Asia or the Caucasus), so that the last seller to Russia is not the first buyer from the producer.",
                "FinCEN-BIS joint alerts 2022/2023; ../shared/docs/domain.md 'Where diversion goes'", Map.of("days", Integer.toString(days)));
    }

    @Override
    public String marks(TradeTables t) {
        String onward = t.sentOnToRussia("i", "o", days);
        // Its own in-leg: the same goods received from another country before it sold them on, a link of the chain with both legs in the records.
        String received = TradeTables.receivedBefore("r", "i", days) + " AND r.seller_cc <> i.seller_cc AND r.seller <> i.buyer";
        // The sales that fed an onward leg are found by one join to the few onward legs (to Russia or Belarus), grouped per
        // sale with the destinations of their detail; only those few then look for their own in-leg, by one join grouped the
        // same way. Written as EXISTS beside correlated subqueries reading the same rows, DuckDB grouped every hub sale of
        // goods of concern by every column the subqueries read: the same marks for more CPU.
        return """
                WITH fed AS (SELECT i.idx, i.seller, i.buyer, i.hs6, i.day, i.seller_cc, i.buyer_cc, string_agg(DISTINCT o.dest, ', ' ORDER BY o.dest) AS dests
                             FROM trade i JOIN trade o ON %s
                             WHERE i.concern AND %s AND i.seller_cc <> i.buyer_cc AND NOT %s AND i.seller <> i.buyer
                             GROUP BY i.idx, i.seller, i.buyer, i.hs6, i.day, i.seller_cc, i.buyer_cc),
                     got AS (SELECT i.idx, string_agg(DISTINCT r.seller_cc, ', ' ORDER BY r.seller_cc) AS froms
                             FROM fed i JOIN trade r ON %s GROUP BY i.idx)
                SELECT i.idx, i.seller AS party, CASE WHEN got.idx IS NOT NULL THEN %s ELSE %s END AS weight,
                       'Sold HS ' || i.hs6 || ' to ' || b.name || ' (' || i.buyer_cc || ') on ' || %s || ', which sent the same goods on to '
                       || i.dests || ' within %d days' || coalesce(', having received them from ' || got.froms, '') || '.' AS detail
                FROM fed i LEFT JOIN got ON got.idx = i.idx JOIN party s ON s.party = i.seller JOIN party b ON b.party = i.buyer
                WHERE NOT s.listed
                """.formatted(onward, t.hub("i.seller_cc"), TradeTables.russiaOrBelarus("i.buyer_cc"), received, PASSED_ON, SOLD_ON,
                TradeTables.date("i.day"), days);
    }

    /** A party that received the goods from abroad and passed them on: a transshipment link, weighed as one outside a hub country. */
    static final String PASSED_ON = "0.45";
    /** A party whose own purchase of the goods the records do not show (a distributor's stock, or a maker in a hub country). */
    static final String SOLD_ON = "0.35";
}
