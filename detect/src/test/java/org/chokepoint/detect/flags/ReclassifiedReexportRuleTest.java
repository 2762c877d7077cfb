package org.chokepoint.detect.flags;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
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
        return RuleMarks.of(new ReclassifiedReexportRule(), "idx BIGINT, day INTEGER, seller INTEGER, buyer INTEGER, seller_cc VARCHAR, buyer_cc VARCHAR, dest VARCHAR, hs6 VARCHAR, concern BOOLEAN, qty DOUBLE, unit VARCHAR", rows);
    }
}
