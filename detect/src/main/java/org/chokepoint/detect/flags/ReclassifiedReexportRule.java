package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code reclassified_reexport}: a party outside Russia and Belarus receives goods of concern and, within {@code days}
 * days, sends Russia or Belarus the same quantity in the same unit under another HS-6 subheading, after the ban. The
 * route of {@code transshipment_hub} with the tariff code changed on the way: a front that re-declares radio links as
 * household apparatus is the description-against-code flag at the border where it counts, and {@code transshipment_hub}
 * (which follows one code) does not see it. The same count of the same unit, passed on within weeks, is what ties the
 * two legs; a shorter window than the hub rules' half year, because a count is a weaker tie than a code.
 */
public final class ReclassifiedReexportRule implements DatasetRule {
    public static final String ID = "reclassified_reexport";

    /** Days within which the count received is read as the count sent on: a front passes a consignment on in weeks. */
    public static final int DAYS = 60;

    private final int days;

    public ReclassifiedReexportRule(int days) {
        this.days = days;
    }

    public ReclassifiedReexportRule() {
        this(DAYS);
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Re-export under another tariff code",
                "A party outside Russia and Belarus receives goods of concern and sends Russia or Belarus the same quantity in the same unit under another HS-6 subheading within " + days + " days, after the export ban.",
                "Goods routed through a hub are re-declared on the way out: controlled items described and coded as civil or household goods (FinCEN-BIS red flags 2 and 9), which a rule following one tariff code does not see.",
                "FinCEN-BIS joint alerts 2022/2023; ../shared/docs/domain.md red flags 2 and 9",
                Map.of("days", Integer.toString(days)));
    }

    @Override
    public boolean readsParties() {
        return false;
    }

    @Override
    public String marks(TradeTables t) {
        String out = TradeTables.russiaOrBelarus("o.dest") + " AND o.day >= " + t.russiaBan() + " AND NOT " + TradeTables.russiaOrBelarus("o.seller_cc")
                + " AND o.qty > 0 AND o.unit IS NOT NULL";
        String in = "i.buyer = o.seller AND i.concern AND i.hs6 <> o.hs6 AND i.qty = o.qty AND i.unit = o.unit AND i.day <= o.day AND o.day - i.day <= "
                + days + " AND NOT " + TradeTables.russiaOrBelarus("i.seller_cc");
        String weight = "CASE WHEN " + t.hub("o.seller_cc") + " THEN 0.5 ELSE 0.4 END";
        // Both legs are evidence, each cited once with the other side's codes.
        return """
                SELECT o.idx, o.seller AS party, %s AS weight,
                       'Sent ' || regexp_replace(CAST(o.qty AS VARCHAR), '\\.0$', '') || ' ' || o.unit || ' of HS ' || o.hs6 || ' to ' || o.dest || ' on ' || %s
                       || ', the count received as goods of concern under HS ' || got.codes || ' within %d days.' AS detail
                FROM trade o JOIN (SELECT o.idx, string_agg(DISTINCT i.hs6, ', ' ORDER BY i.hs6) AS codes
                                   FROM trade o JOIN trade i ON %s
                                   WHERE %s GROUP BY o.idx) got ON got.idx = o.idx
                UNION ALL
                SELECT i.idx, i.buyer AS party, %s AS weight,
                       'Received ' || regexp_replace(CAST(i.qty AS VARCHAR), '\\.0$', '') || ' ' || i.unit || ' of HS ' || i.hs6 || ' on ' || %s
                       || ' and sent the same count on to Russia or Belarus under HS ' || sent.codes || '.' AS detail
                FROM trade i JOIN (SELECT i.idx, string_agg(DISTINCT o.hs6, ', ' ORDER BY o.hs6) AS codes
                                   FROM trade i JOIN trade o ON %s
                                   WHERE %s GROUP BY i.idx) sent ON sent.idx = i.idx
                """.formatted(weight, TradeTables.date("o.day"), days, in, out,
                weight.replace("o.seller_cc", "i.buyer_cc"), TradeTables.date("i.day"), in, out);
    }
}
