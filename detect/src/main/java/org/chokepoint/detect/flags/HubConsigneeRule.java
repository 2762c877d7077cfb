package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code hub_consignee}: a buyer in Russia or Belarus receives goods of concern, after the ban, from a seller
 * outside them that received goods of the same HS-6 subheading from another seller within {@code days} days before:
 * the consignee at the end of the chain whose middle {@code transshipment_hub} flags. A Russian buyer of goods of
 * concern raises {@code chpl_to_sanctioned_destination} whoever sold them; one supplied through a hub that passes
 * goods on is the procurement front the chain was built for, and the lists have not reached it.
 */
public final class HubConsigneeRule implements DatasetRule {
    public static final String ID = "hub_consignee";
    private final int days;

    public HubConsigneeRule(int days) {
        this.days = days;
    }

    public HubConsigneeRule() {
        this(TradeTables.CHAIN_DAYS);
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Consignee of goods passed on through a hub",
                "A buyer in Russia or Belarus receives goods of concern after the export ban from a seller outside them that received goods of the same HS-6 subheading from another seller within "
                        + days + " days before: the end of the route origin, hub, Russia.",
                "Diverted goods are bought for a Russian end user by a front that receives them from a hub; the hub party passing the goods on is the transshipment red flag, its Russian buyer the party the route was built for.",
                "FinCEN-BIS joint alerts 2022/2023 (red flag: goods routed through transshipment points to Russia or Belarus); ../shared/docs/domain.md red flag 2",
                Map.of("days", Integer.toString(days)));
    }

    @Override
    public String marks(TradeTables t) {
        // An in-leg's buyer is the consignment's seller, so "another seller" is an in-leg that is no sale to oneself: a test of
        // the in-leg alone, which lets the in-legs be taken once per buyer, goods, day and seller country (all the detail reads).
        String in = TradeTables.receivedBefore("i", "o", days);
        String inLegs = "(SELECT DISTINCT buyer, hs6, concern, day, seller_cc FROM trade WHERE concern AND seller <> buyer AND NOT "
                + TradeTables.russiaOrBelarus("seller_cc") + ")";
        // The consignments with an in-leg are found by one join to the goods of concern received, grouped per consignment
        // with the countries of their detail (an in-leg's seller country is never null): as EXISTS beside a correlated
        // subquery reading the same rows, DuckDB looked the in-legs up twice.
        return """
                SELECT o.idx, o.buyer AS party, 0.35 AS weight,
                       'Received HS ' || o.hs6 || ' from ' || s.name || ' (' || o.seller_cc || ') on ' || %s || ', which had received the same goods from '
                       || got.froms || ' within %d days before.' AS detail
                FROM trade o JOIN (SELECT o.idx, string_agg(DISTINCT i.seller_cc, ', ' ORDER BY i.seller_cc) AS froms
                                   FROM trade o JOIN %s i ON %s
                                   WHERE o.concern AND %s AND %s AND o.day >= %d AND NOT %s AND o.buyer <> o.seller
                                   GROUP BY o.idx) got ON got.idx = o.idx
                  JOIN party s ON s.party = o.seller
                """.formatted(TradeTables.date("o.day"), days, inLegs, in, TradeTables.russiaOrBelarus("o.buyer_cc"), TradeTables.russiaOrBelarus("o.dest"),
                t.russiaBan(), TradeTables.russiaOrBelarus("o.seller_cc"));
    }
}
