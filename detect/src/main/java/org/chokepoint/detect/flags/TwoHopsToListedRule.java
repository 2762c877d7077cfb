package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code two_hops_to_listed}: an unlisted party sells goods of concern to an unlisted buyer who, later,
 * sells goods of the same HS-6 to a listed party: a supplier of a supplier of a listed end user. Weak on
 * its own (0.2): producers' distributors appear here; it adds to other flags.
 */
public final class TwoHopsToListedRule implements DatasetRule {
    public static final String ID = "two_hops_to_listed";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Two hops from a listed party",
                "Sells goods of concern to a buyer that later sells the same HS-6 goods to a listed party.",
                "Supply chains to sanctioned end users run through one or more intermediaries; the party behind the last intermediary is part of the chain.",
                "../shared/docs/domain.md; network analysis practice", Map.of());
    }

    @Override
    public String marks(TradeTables t) {
        return """
                WITH to_listed AS (SELECT t.seller AS mid, t.hs6, max(t.day) AS last_day, min(b.name) AS listed_name
                                   FROM trade t JOIN party b ON b.party = t.buyer JOIN party m ON m.party = t.seller
                                   WHERE b.listed AND NOT m.listed AND t.concern GROUP BY t.seller, t.hs6)
                SELECT t.idx, t.seller AS party, 0.2 AS weight,
                       'Sold HS ' || t.hs6 || ' to ' || m.name || ', which sells the same goods to listed ' || l.listed_name || '.' AS detail
                FROM trade t JOIN to_listed l ON l.mid = t.buyer AND l.hs6 = t.hs6 AND t.day <= l.last_day
                     JOIN party s ON s.party = t.seller JOIN party m ON m.party = t.buyer
                WHERE t.concern AND NOT s.listed AND t.seller <> t.buyer
                """;
    }
}
