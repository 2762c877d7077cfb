package org.chokepoint.detect.flags;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A seller's Russian trade before the ban reappearing as a new hub buyer after it, and that buyer passing the goods on. */
class ReroutingRuleTest {
    private static final int BEFORE_BAN = (int) LocalDate.of(2021, 6, 1).toEpochDay();
    private static final int AFTER_BAN = (int) LocalDate.of(2023, 3, 1).toEpochDay();

    @Test
    void aNewHubBuyerAloneWeighsLittle() throws SQLException {
        assertThat(marks("""
                (1, %1$d, 10, 20, 'PL', 'RU', 'RU', '845961', true),
                (2, %2$d, 10, 30, 'PL', 'AM', 'AM', '845961', true)
                """.formatted(BEFORE_BAN, AFTER_BAN))).containsExactlyInAnyOrder(
                "2|10|0.3|Shipped HS 845961 to Russia/Belarus before the ban; on 2023-03-01 to a new buyer in AM.",
                "2|30|0.3|New buyer in AM of HS 845961 from a seller that supplied Russia/Belarus before the ban.");
    }

    @Test
    void aNewHubBuyerThatSendsTheGoodsOnCompletesTheReroute() throws SQLException {
        assertThat(marks("""
                (1, %1$d, 10, 20, 'PL', 'RU', 'RU', '845961', true),
                (2, %2$d, 10, 30, 'PL', 'AM', 'AM', '845961', true),
                (3, %3$d, 30, 40, 'AM', 'RU', 'RU', '845961', true)
                """.formatted(BEFORE_BAN, AFTER_BAN, AFTER_BAN + 12))).containsExactlyInAnyOrder(
                "2|10|0.45|Shipped HS 845961 to Russia/Belarus before the ban; on 2023-03-01 to a new buyer in AM, which sent the same goods on to RU within 180 days.",
                "2|30|0.45|New buyer in AM of HS 845961 from a seller that supplied Russia/Belarus before the ban, which sent the same goods on to RU within 180 days.");
    }

    @Test
    void otherGoodsSentOnTooLateOrBeforeTheSaleDoNotComplete() throws SQLException {
        assertThat(marks("""
                (1, %1$d, 10, 20, 'PL', 'RU', 'RU', '845961', true),
                (2, %2$d, 10, 30, 'PL', 'AM', 'AM', '845961', true),
                (3, %3$d, 30, 40, 'AM', 'RU', 'RU', '854232', true),
                (4, %4$d, 30, 40, 'AM', 'RU', 'RU', '845961', true),
                (5, %5$d, 30, 40, 'AM', 'RU', 'RU', '845961', true)
                """.formatted(BEFORE_BAN, AFTER_BAN, AFTER_BAN + 12, AFTER_BAN + 181, AFTER_BAN - 5)))
                .filteredOn(m -> m.startsWith("2|")).hasSize(2).allMatch(m -> m.contains("|0.3|") && !m.contains("sent the same goods on"));
    }

    @Test
    void anOldBuyerOrNoRussianTradeBeforeTheBanIsNotIt() throws SQLException {
        assertThat(marks("""
                (1, %1$d, 10, 30, 'PL', 'AM', 'AM', '845961', true),
                (2, %2$d, 10, 30, 'PL', 'AM', 'AM', '845961', true),
                (3, %2$d, 50, 60, 'DE', 'KZ', 'KZ', '845961', true)
                """.formatted(BEFORE_BAN, AFTER_BAN))).isEmpty();
    }

    private static List<String> marks(String rows) throws SQLException {
        return RuleMarks.of(new ReroutingRule(), "idx BIGINT, day INTEGER, seller INTEGER, buyer INTEGER, seller_cc VARCHAR, buyer_cc VARCHAR, dest VARCHAR, hs6 VARCHAR, concern BOOLEAN", rows);
    }
}
