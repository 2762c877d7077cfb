package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code rerouting}: a seller that shipped goods of concern to Russia or Belarus before the ban ships goods
 * of the same HS-6 after it to a buyer in a hub that it never sold to before the ban. Flags the seller's
 * new consignments and the new buyer: once-Russian demand reappearing as a hub customer. When the records
 * also show the new buyer sending goods of the same HS-6 on to Russia or Belarus within {@code days} days,
 * the re-route is complete (the old destination reached through the new buyer) and weighs more.
 */
public final class ReroutingRule implements DatasetRule {
    public static final String ID = "rerouting";
    /** A new hub buyer after the ban, nothing more known: hub distributors gain new customers every year. */
    static final String NEW_BUYER = "0.3";
    /**
     * The new buyer sent the same goods on to Russia or Belarus: the pattern of the FinCEN-BIS alert written out in the
     * records, as strong as a hub party's sale feeding an onward leg ({@link FeedsHubRule#PASSED_ON}).
     */
    static final String SENT_ON = "0.45";
    private final int days;

    public ReroutingRule(int days) {
        this.days = days;
    }

    public ReroutingRule() {
        this(TradeTables.CHAIN_DAYS);
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Goods re-routed after the ban",
                "A seller that shipped goods of concern to Russia or Belarus before the ban ships the same HS-6 goods after it to a new buyer in a transshipment hub; weighs more when that buyer sends goods of the same HS-6 on to Russia or Belarus within "
                        + days + " days.",
                "Goods once destined for Russia or Belarus re-routed to a new country or company are a FinCEN-BIS red flag: the old demand is served through a new intermediary.",
                "FinCEN-BIS joint alert FIN-2022-Alert003; ../shared/docs/domain.md red flag 3",
                Map.of("days", Integer.toString(days), "weight_new_buyer", NEW_BUYER, "weight_sent_on", SENT_ON));
    }

    @Override
    public boolean readsParties() {
        return false;
    }

    @Override
    public String marks(TradeTables t) {
        long ban = t.russiaBan();
        // The onward legs are looked up only for the few re-routed sales, grouped per sale with their destinations.
        return """
                WITH before AS (SELECT DISTINCT seller, hs6 FROM trade WHERE concern AND %s AND day < %d),
                old_buyers AS (SELECT DISTINCT seller, buyer FROM trade WHERE day < %d),
                after AS (SELECT t.* FROM trade t JOIN before b USING (seller, hs6)
                          WHERE t.concern AND t.day >= %d AND %s
                            AND NOT EXISTS (SELECT 1 FROM old_buyers o WHERE o.seller = t.seller AND o.buyer = t.buyer)),
                onward AS (SELECT a.idx, string_agg(DISTINCT o.dest, ', ' ORDER BY o.dest) AS dests
                           FROM after a JOIN trade o ON %s GROUP BY a.idx),
                marked AS (SELECT a.*, onward.dests, CASE WHEN onward.idx IS NULL THEN %s ELSE %s END AS weight,
                                  coalesce(', which sent the same goods on to ' || onward.dests || ' within %d days', '') AS sent_on
                           FROM after a LEFT JOIN onward ON onward.idx = a.idx)
                SELECT idx, seller AS party, weight,
                       'Shipped HS ' || hs6 || ' to Russia/Belarus before the ban; on ' || %s || ' to a new buyer in ' || buyer_cc || sent_on || '.' AS detail FROM marked
                UNION ALL
                SELECT idx, buyer AS party, weight,
                       'New buyer in ' || buyer_cc || ' of HS ' || hs6 || ' from a seller that supplied Russia/Belarus before the ban' || sent_on || '.' AS detail FROM marked
                """.formatted(TradeTables.russiaOrBelarus("dest"), ban, ban, ban, t.hub("t.buyer_cc"), t.sentOnToRussia("a", "o", days),
                NEW_BUYER, SENT_ON, days, TradeTables.date("day"));
    }
}
