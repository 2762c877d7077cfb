package org.chokepoint.detect;

import org.duckdb.DuckDBAppender;

import java.sql.SQLException;

/**
 * The work database's {@code trade} table ({@code flags.TradeTables}), built in two steps so that the costly one needs no
 * parties: {@link #withMentions} joins the record pass's numbered columns to their texts while the parties are resolved
 * (Java that leaves a core idle about a sixth of the time), with the seller's and the buyer's spelling numbers where the
 * parties go; {@link #fillParties} then writes each spelling's party in their place. The eight joins to {@code term} are
 * most of the table's cost (1M records: 0.5-0.6 CPU-s; the two joins to the parties and the update 0.04-0.1). The rows and
 * values are those of the one statement that did both before. Stateless.
 */
final class TradeTable {
    private TradeTable() {}

    /**
     * Creates {@code trade} from {@code rec} and {@code term} with {@code seller} and {@code buyer} holding the spellings'
     * numbers ({@code rec.xm}, {@code rec.im}), and drops those two tables. Each row carries its {@code record_id} (from
     * {@code rid}, which has the same records): joined here, beside resolution, the findings writers read it from the row
     * instead of joining two million rows of parties.jsonl and the flagged records of shipments.jsonl to {@code rid}
     * (a harness on the 1M file: parties.jsonl's query 0.56-0.75 CPU-s with that join, 0.39-0.50 without; the join here
     * 0.1-0.15 more, where resolution leaves a core idle).
     */
    static void withMentions(WorkDatabase db) throws SQLException {
        db.execute("""
                CREATE TABLE trade AS SELECT r.idx, r.day, r.xm AS seller, r.im AS buyer, sc.text AS seller_cc, bc.text AS buyer_cc,
                  de.text AS dest, vi.text AS via, og.text AS origin, hs.text AS hs6, r.concern, ti.text AS tier, r.value, r.qty, un.text AS unit, r.kg,
                  d.record_id
                FROM rec r LEFT JOIN rid d ON d.idx = r.idx
                  LEFT JOIN term sc ON sc.code = r.seller_cc LEFT JOIN term bc ON bc.code = r.buyer_cc LEFT JOIN term de ON de.code = r.dest
                  LEFT JOIN term vi ON vi.code = r.via LEFT JOIN term og ON og.code = r.origin LEFT JOIN term hs ON hs.code = r.hs6
                  LEFT JOIN term ti ON ti.code = r.tier LEFT JOIN term un ON un.code = r.unit""");
        db.execute("DROP TABLE rec");
        db.execute("DROP TABLE term");
    }

    /**
     * Replaces the spelling numbers in {@code trade}'s {@code seller} and {@code buyer} by their parties, and keeps the
     * mapping as {@code mention_party}. Every spelling has a party ({@code partyOf} covers them all), so every row gets
     * both, as the inner joins that built the table in one statement kept every row.
     *
     * @param partyOf the party of each spelling, by spelling number
     */
    static void fillParties(WorkDatabase db, int[] partyOf) throws SQLException {
        db.execute("CREATE TABLE mention_party (mention INTEGER, party INTEGER)");
        try (DuckDBAppender a = db.appender("mention_party")) {
            for (int m = 0; m < partyOf.length; m++) {
                a.beginRow();
                a.append(m);
                a.append(partyOf[m]);
                a.endRow();
            }
        }
        db.execute("""
                UPDATE trade SET seller = xp.party, buyer = ip.party FROM mention_party xp, mention_party ip
                WHERE xp.mention = trade.seller AND ip.mention = trade.buyer""");
    }
}
