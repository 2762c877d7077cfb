package org.chokepoint.detect;

import org.chokepoint.detect.report.ReportData;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The aggregates report.html draws, read from the work database. Amounts are summed as exact decimals, as the trade
 * profiles sum them: the trade table's rows come in no set order, and a sum of doubles depends on it.
 */
final class ReportQueries {
    private ReportQueries() {}

    static List<ReportData.Route> routes(WorkDatabase db, long banDay, int limit) throws SQLException {
        String sql = """
                SELECT coalesce(origin, seller_cc) AS o, CASE WHEN seller_cc <> coalesce(origin, seller_cc) AND seller_cc <> dest THEN seller_cc END AS v,
                       dest, day >= %d AS after, sum(CAST(value AS DECIMAL(38, 8)))::DOUBLE, count(*)
                FROM trade WHERE concern GROUP BY ALL ORDER BY 5 DESC LIMIT %d""".formatted(banDay, limit);
        List<ReportData.Route> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(new ReportData.Route(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getDouble(5), rs.getLong(6)));
        }
        return out;
    }

    static List<ReportData.TierFlow> tiers(WorkDatabase db, String bannedSql, Map<String, String> labels) throws SQLException {
        String sql = """
                SELECT CASE WHEN hs6 LIKE '93%%' THEN 'arms' WHEN hs6 LIKE '8806%%' THEN 'UAV' WHEN hs6 LIKE '8807%%' THEN 'aircraft parts'
                            WHEN tier IS NOT NULL THEN tier ELSE 'other' END AS k,
                       sum(CAST(value AS DECIMAL(38, 8)))::DOUBLE, sum(CAST(CASE WHEN %s THEN value ELSE 0 END AS DECIMAL(38, 8)))::DOUBLE, count(*)
                FROM trade t GROUP BY k ORDER BY k""".formatted(bannedSql);
        List<ReportData.TierFlow> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String k = rs.getString(1);
                out.add(new ReportData.TierFlow(k, labels.getOrDefault(k, k), rs.getDouble(2), rs.getDouble(3), rs.getLong(4)));
            }
        }
        return out;
    }

    /** Trade links touching the given parties (party numbers), largest first, at most {@code limit}. */
    static List<ReportData.Link> links(WorkDatabase db, List<Integer> parties, List<String> ids, int limit) throws SQLException {
        if (parties.isEmpty()) return List.of();
        String in = parties.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        String sql = """
                SELECT seller, buyer, sum(CAST(value AS DECIMAL(38, 8)))::DOUBLE, sum(CAST(CASE WHEN concern THEN value ELSE 0 END AS DECIMAL(38, 8)))::DOUBLE, count(*) FROM trade
                WHERE seller IN (%s) OR buyer IN (%s) GROUP BY seller, buyer ORDER BY 4 DESC, 3 DESC, 1, 2 LIMIT %d""".formatted(in, in, limit);
        List<ReportData.Link> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(new ReportData.Link(ids.get(rs.getInt(1)), ids.get(rs.getInt(2)), rs.getDouble(3), rs.getDouble(4), rs.getLong(5)));
        }
        return out;
    }
}
