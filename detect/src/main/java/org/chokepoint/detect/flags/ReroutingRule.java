package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code rerouting}: a seller that shipped goods of concern to Russia or Belarus before the ban ships goods
 * of the same HS-6 after it to a buyer in a hub that it never sold to before the ban. Flags the seller's
 * new consignments and the new buyer: once-Russian demand reappearing as a hub customer.
 */
public final class ReroutingRule implements DatasetRule {
    public static final String ID = "rerouting";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Goods re-routed after the ban",
                "A seller that shipped goods of concern to Russia or Belarus before the ban ships the same HS-6 goods after it to a new buyer in a transshipment hub.",
                "Goods once destined for Russia or Belarus re-routed to a new country or company are a FinCEN-BIS red flag: the old demand is served through a new intermediary.",
                "FinCEN-BIS joint alert FIN-2022-Alert003; ../shared/docs/domain.md red flag 3", Map.of());
    }

    @Override
    public boolean readsParties() {
        return false;
    }

    @Override
    public String marks(TradeTables t) {
        long ban = t.russiaBan();
        return """
                WITH before AS (SELECT DISTINCT seller, hs6 FROM trade WHERE concern AND %s AND day < %d),
                old_buyers AS (SELECT DISTINCT seller, buyer FROM trade WHERE day < %d),
                after AS (SELECT t.* FROM trade t JOIN before b USING (seller, hs6)
                          WHERE t.concern AND t.day >= %d AND %s
                            AND NOT EXISTS (SELECT 1 FROM old_buyers o WHERE o.seller = t.seller AND o.buyer = t.buyer))
                SELECT idx, seller AS party, 0.3 AS weight,
                       'Shipped HS ' || hs6 || ' to Russia/Belarus before the ban; on ' || %s || ' to a new buyer in ' || buyer_cc || '.' AS detail FROM after
                UNION ALL
                SELECT idx, buyer AS party, 0.3 AS weight,
                       'New buyer in ' || buyer_cc || ' of HS ' || hs6 || ' from a seller that supplied Russia/Belarus before the ban.' AS detail FROM after
                """.formatted(TradeTables.russiaOrBelarus("dest"), ban, ban, ban, t.hub("t.buyer_cc"), TradeTables.date("day"));
    }
}
