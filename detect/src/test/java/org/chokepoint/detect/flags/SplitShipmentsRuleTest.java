package org.chokepoint.detect.flags;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade table's rows come in no set order (the record pass writes them on all threads): split_shipments must say
 * the same whatever the order, its total the exact sum of the consignments.
 */
class SplitShipmentsRuleTest {
    // Seven small consignments whose exact total ends in 50 cents (1,053.50 USD): as doubles, summed in some orders they
    // give 1053.5, in others 1053.4999999999998, printed a dollar lower (the window's sum of doubles said 1053 here).
    private static final double[] SMALL = {141.49, 156.26, 157.42, 144.45, 153.17, 157.16, 143.55};

    @Test
    void theTotalIsTheExactSumInAnyOrderOfTheRows() throws SQLException {
        List<String> forward = details(false), backward = details(true);
        assertThat(forward).hasSize(14).allMatch(d -> d.contains("7 small consignments of HS 854231") && d.contains("together 1054 USD"));
        assertThat(backward).isEqualTo(forward);
    }

    /** The rule's details on a trade of the small consignments (days 0 to 6, reversed: the values' days reversed) among large ones. */
    private static List<String> details(boolean reversed) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE trade (idx BIGINT, day INTEGER, seller INTEGER, buyer INTEGER, hs6 VARCHAR, concern BOOLEAN, value DOUBLE)");
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < SMALL.length; i++) {
                int day = reversed ? SMALL.length - 1 - i : i;
                rows.append(rows.isEmpty() ? "" : ", ").append("(%d, %d, 1, 2, '854231', true, %s)".formatted(i, 20_000 + day, Double.toString(SMALL[i])));
            }
            // The median consignment: 1,000 USD, sent far apart between two other parties.
            for (int i = 0; i < 20; i++) rows.append(", (%d, %d, 3, 4, '854231', true, 1000.0)".formatted(100 + i, 20_000 + 100 * i));
            s.execute("INSERT INTO trade VALUES " + rows);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT detail FROM (" + new SplitShipmentsRule().marks(new TradeTables(SanctionsPolicy.STANDARD, 20_000))
                    + ") ORDER BY detail")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }
}
