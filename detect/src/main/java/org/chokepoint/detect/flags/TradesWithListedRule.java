package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code trades_with_listed}: an unlisted party that sells to or buys from a listed party. Selling goods of
 * concern to a listed buyer weighs most (0.6), other sales to a listed buyer 0.35, buying goods of concern
 * from a listed seller 0.35; trade before the 2022 ban 0.15 (many of today's listed firms were ordinary
 * customers then). The listed party itself is flagged by {@code listed_party}.
 */
public final class TradesWithListedRule implements DatasetRule {
    public static final String ID = "trades_with_listed";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Trades with a listed party",
                "An unlisted party sells to, or buys goods of concern from, a party that matches a sanctions or export-control list.",
                "Direct suppliers of listed end users are the intermediaries that sanctions aim to cut off, and candidates for designation.",
                "OFAC and BIS designation practice; FinCEN-BIS joint alerts", Map.of());
    }

    @Override
    public String marks(TradeTables t) {
        return """
                SELECT t.idx, t.seller AS party,
                       CASE WHEN t.day < %d THEN 0.15 WHEN t.concern THEN 0.6 ELSE 0.35 END AS weight,
                       'Sold HS ' || t.hs6 || ' (' || printf('%%.0f', t.value) || ' USD) to listed ' || b.name || ' on ' || %s || '.' AS detail
                FROM trade t JOIN party b ON b.party = t.buyer JOIN party s ON s.party = t.seller
                WHERE b.listed AND NOT s.listed
                UNION ALL
                SELECT t.idx, t.buyer AS party, CASE WHEN t.day < %d THEN 0.15 ELSE 0.35 END AS weight,
                       'Bought HS ' || t.hs6 || ' from listed ' || s.name || ' on ' || %s || '.' AS detail
                FROM trade t JOIN party s ON s.party = t.seller JOIN party b ON b.party = t.buyer
                WHERE s.listed AND NOT b.listed AND t.concern
                """.formatted(t.russiaBan(), TradeTables.date("t.day"), t.russiaBan(), TradeTables.date("t.day"));
    }
}
