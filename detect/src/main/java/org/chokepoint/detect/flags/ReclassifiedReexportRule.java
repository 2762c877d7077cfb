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
        String out = t.reexportToRussia("o") + " AND o.qty > 0 AND o.unit IS NOT NULL";
        String in = "i.buyer = o.seller AND i.concern AND i.hs6 <> o.hs6 AND i.qty = o.qty AND i.unit = o.unit AND i.day <= o.day AND o.day - i.day <= "
                + days + " AND NOT " + TradeTables.russiaOrBelarus("i.seller_cc");
        // Both legs are evidence, each cited once with the other side's codes. The pairs of legs are joined once and read
        // from both sides.
        String count = "regexp_replace(CAST(qty AS VARCHAR), '\\.0$', '') || ' ' || unit";
        return """
                WITH pair AS MATERIALIZED (
                    SELECT o.idx AS o_idx, o.seller AS party, o.seller_cc, o.dest, o.day AS o_day, o.hs6 AS o_hs6,
                           i.idx AS i_idx, i.buyer_cc, i.day AS i_day, i.hs6 AS i_hs6, o.qty, o.unit
                    FROM trade o JOIN trade i ON %s WHERE %s)
                SELECT o_idx AS idx, party, %s AS weight,
                       'Sent ' || %s || ' of HS ' || o_hs6 || ' to ' || dest || ' on ' || %s
                       || ', the count received as goods of concern under HS ' || string_agg(DISTINCT i_hs6, ', ' ORDER BY i_hs6)
                       || ' within %d days.' AS detail
                FROM pair GROUP BY o_idx, party, seller_cc, dest, o_day, o_hs6, qty, unit
                UNION ALL
                SELECT i_idx AS idx, party, %s AS weight,
                       'Received ' || %s || ' of HS ' || i_hs6 || ' on ' || %s
                       || ' and sent the same count on to Russia or Belarus under HS ' || string_agg(DISTINCT o_hs6, ', ' ORDER BY o_hs6) || '.' AS detail
                FROM pair GROUP BY i_idx, party, buyer_cc, i_day, i_hs6, qty, unit
                """.formatted(in, out, "CASE WHEN " + t.hub("seller_cc") + " THEN 0.5 ELSE 0.4 END", count, TradeTables.date("o_day"), days,
                "CASE WHEN " + t.hub("buyer_cc") + " THEN 0.5 ELSE 0.4 END", count, TradeTables.date("i_day"));
    }
}
