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
        String out = "o.concern AND " + TradeTables.russiaOrBelarus("o.dest") + " AND o.day >= " + t.russiaBan()
                + " AND NOT " + TradeTables.russiaOrBelarus("o.seller_cc");
        String in = TradeTables.receivedBefore("i", "o", days) + " AND NOT " + TradeTables.russiaOrBelarus("i.seller_cc");
        String weight = "CASE WHEN " + t.hub("o.seller_cc") + " THEN 0.55 ELSE 0.45 END";
        String inWeight = "CASE WHEN " + t.hub("i.buyer_cc") + " THEN 0.55 ELSE 0.45 END";
        return """
                SELECT o.idx, o.seller AS party, %s AS weight,
                       'Sent HS ' || o.hs6 || ' to ' || o.dest || ' on ' || %s || ' after receiving the same goods from '
                       || (SELECT string_agg(DISTINCT i.seller_cc, ', ' ORDER BY i.seller_cc) FROM trade i WHERE %s) || ' within %d days.' AS detail
                FROM trade o WHERE %s AND EXISTS (SELECT 1 FROM trade i WHERE %s)
                UNION ALL
                SELECT i.idx, i.buyer AS party, %s AS weight,
                       'Received HS ' || i.hs6 || ' from ' || i.seller_cc || ' on ' || %s || ' and sent the same goods on to '
                       || (SELECT string_agg(DISTINCT o.dest, ', ' ORDER BY o.dest) FROM trade o WHERE %s AND %s) || '.' AS detail
                FROM trade i WHERE i.concern AND NOT %s AND EXISTS (SELECT 1 FROM trade o WHERE %s AND %s)
                """.formatted(weight, TradeTables.date("o.day"), in, days, out, in,
                inWeight, TradeTables.date("i.day"), out, in,
                TradeTables.russiaOrBelarus("i.seller_cc"), out, in);
    }
}
