package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code transshipment_hub}: a party outside Russia and Belarus receives goods of concern and sends goods of
 * the same HS-6 subheading on to Russia or Belarus within {@code days} days, after the ban. Both legs are
 * evidence. Weighs more when the party sits in a named hub country (China, Hong Kong, UAE, Türkiye,
 * Central Asia, the Caucasus...). Implicates the party in the middle.
 */
public final class TransshipmentHubRule implements DatasetRule {
    public static final String ID = "transshipment_hub";
    private final int days;

    public TransshipmentHubRule(int days) {
        this.days = days;
    }

    public TransshipmentHubRule() {
        this(TradeTables.CHAIN_DAYS);
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Transshipment through a hub",
                "A party outside Russia and Belarus receives goods of concern and sends goods of the same HS-6 subheading on to Russia or Belarus within " + days + " days, after the export ban.",
                "Since 2022 CHPL goods reach Russia through third countries: exports of chips and machine tools to hubs such as Hong Kong, the UAE, Türkiye, Kazakhstan, Kyrgyzstan and Armenia surged while direct exports stopped.",
                "FinCEN-BIS joint alerts 2022/2023; Eurostat trade data; ../shared/docs/domain.md 'Where diversion goes'",
                Map.of("days", Integer.toString(days)));
    }

    @Override
    public boolean readsParties() {
        return false;
    }

    @Override
    public String marks(TradeTables t) {
        String out = "o.concern AND " + t.reexportToRussia("o");
        String in = TradeTables.receivedBefore("i", "o", days) + " AND NOT " + TradeTables.russiaOrBelarus("i.seller_cc");
        String weight = "CASE WHEN " + t.hub("o.seller_cc") + " THEN 0.55 ELSE 0.45 END";
        String inWeight = "CASE WHEN " + t.hub("i.buyer_cc") + " THEN 0.55 ELSE 0.45 END";
        // Each side of the chain is found by one join of its legs, grouped per record with the countries of its detail (an
        // in-leg's seller country and an onward leg's destination are never null), so that the records and their detail
        // come from one lookup. Written as EXISTS beside the same correlated subquery, DuckDB looked the legs up twice and,
        // for the in-legs (any record of goods of concern could be one: 300,000 of a million), grouped the candidates by
        // every column the subquery read: a third more CPU for the rule, the same marks.
        String inLeg = TradeTables.receivedBefore("i", "o", days);
        return """
                SELECT o.idx, o.seller AS party, %s AS weight,
                       'Sent HS ' || o.hs6 || ' to ' || o.dest || ' on ' || %s || ' after receiving the same goods from '
                       || got.froms || ' within %d days.' AS detail
                FROM trade o JOIN (SELECT o.idx, string_agg(DISTINCT i.seller_cc, ', ' ORDER BY i.seller_cc) AS froms
                                   FROM trade o JOIN trade i ON %s
                                   WHERE %s GROUP BY o.idx) got ON got.idx = o.idx
                UNION ALL
                SELECT i.idx, i.buyer AS party, %s AS weight,
                       'Received HS ' || i.hs6 || ' from ' || i.seller_cc || ' on ' || %s || ' and sent the same goods on to ' || sent.dests || '.' AS detail
                FROM trade i JOIN (SELECT i.idx, string_agg(DISTINCT o.dest, ', ' ORDER BY o.dest) AS dests
                                   FROM trade i JOIN trade o ON %s AND %s
                                   WHERE NOT %s GROUP BY i.idx) sent ON sent.idx = i.idx
                """.formatted(weight, TradeTables.date("o.day"), days, in, out,
                inWeight, TradeTables.date("i.day"), out, inLeg,
                TradeTables.russiaOrBelarus("i.seller_cc"));
    }
}
