package org.chokepoint.detect.flags;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A hub firm re-declaring goods of concern under another code on their way to Russia, and what does not count as that. */
class ReclassifiedReexportRuleTest {
    private static final int AFTER_BAN = (int) LocalDate.of(2023, 3, 1).toEpochDay();

    @Test
    void theSameCountSentToRussiaUnderAnotherCodeMarksBothLegs() throws SQLException {
        List<String> marks = marks("""
                (1, %1$d, 10, 20, 'CN', 'TR', 'TR', '851762', true, 12.0, 'pcs'),
                (2, %2$d, 20, 30, 'TR', 'RU', 'RU', '854370', false, 12.0, 'pcs')
                """.formatted(AFTER_BAN, AFTER_BAN + 17));
        assertThat(marks).containsExactlyInAnyOrder(
                "1|20|0.5|Received 12 pcs of HS 851762 on 2023-03-01 and sent the same count on to Russia or Belarus under HS 854370.",
                "2|20|0.5|Sent 12 pcs of HS 854370 to RU on 2023-03-18, the count received as goods of concern under HS 851762 within 60 days.");
    }

    @Test
    void anotherCountAnotherUnitTheSameCodeOrTooLateIsNotIt() throws SQLException {
        assertThat(marks("""
                (1, %1$d, 10, 20, 'CN', 'TR', 'TR', '851762', true, 12.0, 'pcs'),
                (2, %2$d, 20, 30, 'TR', 'RU', 'RU', '854370', false, 13.0, 'pcs'),
                (3, %2$d, 20, 30, 'TR', 'RU', 'RU', '854370', false, 12.0, 'kg'),
                (4, %2$d, 20, 30, 'TR', 'RU', 'RU', '851762', true, 12.0, 'pcs'),
                (5, %3$d, 20, 30, 'TR', 'RU', 'RU', '854370', false, 12.0, 'pcs'),
                (6, %2$d, 20, 40, 'TR', 'DE', 'DE', '854370', false, 12.0, 'pcs')
                """.formatted(AFTER_BAN, AFTER_BAN + 17, AFTER_BAN + 61))).isEmpty();
    }

    @Test
    void goodsNotOfConcernReceivedAreNotIt() throws SQLException {
        assertThat(marks("""
                (1, %1$d, 10, 20, 'CN', 'TR', 'TR', '940360', false, 12.0, 'pcs'),
                (2, %2$d, 20, 30, 'TR', 'RU', 'RU', '854370', false, 12.0, 'pcs')
                """.formatted(AFTER_BAN, AFTER_BAN + 17))).isEmpty();
    }

    private static List<String> marks(String rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE trade (idx BIGINT, day INTEGER, seller INTEGER, buyer INTEGER, seller_cc VARCHAR, buyer_cc VARCHAR,"
                    + " dest VARCHAR, hs6 VARCHAR, concern BOOLEAN, qty DOUBLE, unit VARCHAR)");
            s.execute("INSERT INTO trade VALUES " + rows);
            List<String> out = new ArrayList<>();
            String sql = new ReclassifiedReexportRule().marks(new TradeTables(SanctionsPolicy.STANDARD, 0));
            try (ResultSet rs = s.executeQuery("SELECT idx, party, weight, detail FROM (" + sql + ") ORDER BY idx")) {
                while (rs.next()) out.add(rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getDouble(3) + "|" + rs.getString(4));
            }
            return out;
        }
    }
}
