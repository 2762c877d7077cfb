package org.chokepoint.server.rescreen;

import org.chokepoint.server.DeskDatabase;
import org.chokepoint.server.findings.ListMatch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hits of the last re-screen in the desk database (table {@code rescreen_hits}: party id, listed
 * entity, score, when first and last seen), and the list snapshots it screened against (table
 * {@code rescreen_runs}), which is how the desk notices at start that the CLI loaded new lists while it
 * was down. Thread-safe.
 */
public final class ScreeningHits {
    private final DeskDatabase db;

    public ScreeningHits(DeskDatabase db) {
        this.db = db;
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("""
                    CREATE TABLE IF NOT EXISTS rescreen_hits (party_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, list VARCHAR, entity_name VARCHAR,
                      score DOUBLE NOT NULL, first_seen TIMESTAMP NOT NULL, last_seen TIMESTAMP NOT NULL)""");
                s.execute("CREATE TABLE IF NOT EXISTS rescreen_runs (run_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL, lists VARCHAR NOT NULL, summary VARCHAR NOT NULL)");
            }
            return null;
        });
    }

    /**
     * Makes {@code current} the standing hits, keeping the first-seen time of those seen before, and
     * records the run. Returns how many of {@code current} were not standing before.
     */
    public int replace(Map<String, List<ListMatch>> current, String actor, String lists, java.util.function.IntFunction<String> summary) {
        Instant now = Instant.now();
        return db.transaction(c -> {
            Map<String, Timestamp> before = new java.util.HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT party_id, entity_id, first_seen FROM rescreen_hits"); ResultSet rs = p.executeQuery()) {
                while (rs.next()) before.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getTimestamp(3));
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM rescreen_hits");
            }
            int fresh = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO rescreen_hits VALUES (?,?,?,?,?,?,?)")) {
                for (Map.Entry<String, List<ListMatch>> e : current.entrySet()) {
                    for (ListMatch m : e.getValue()) {
                        Timestamp first = before.get(e.getKey() + "\u0000" + m.entityId());
                        if (first == null) fresh++;
                        p.setString(1, e.getKey());
                        p.setString(2, m.entityId());
                        p.setString(3, m.list());
                        p.setString(4, m.name());
                        p.setDouble(5, m.score());
                        p.setTimestamp(6, first == null ? Timestamp.from(now) : first);
                        p.setTimestamp(7, Timestamp.from(now));
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO rescreen_runs VALUES (?,?,?,?)")) {
                p.setTimestamp(1, Timestamp.from(now));
                p.setString(2, actor);
                p.setString(3, lists);
                p.setString(4, summary.apply(fresh));
                p.executeUpdate();
            }
            return fresh;
        });
    }

    /** The standing hits by party id, best first within a party. */
    public Map<String, List<ListMatch>> all() {
        return db.read(c -> {
            Map<String, List<ListMatch>> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT party_id, list, entity_id, entity_name, score FROM rescreen_hits ORDER BY party_id, score DESC, entity_id");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ListMatch(rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
            }
            return out;
        });
    }

    /** The snapshots the last re-screen used, or null when none ran yet. */
    public String lastLists() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT lists FROM rescreen_runs ORDER BY run_at DESC LIMIT 1"); ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /** The last re-screen's summary line with its time, or null. */
    public String lastSummary() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT run_at, actor, summary FROM rescreen_runs ORDER BY run_at DESC LIMIT 1"); ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1).toInstant().toString().substring(0, 16).replace('T', ' ') + " UTC (" + rs.getString(2) + "): " + rs.getString(3) : null;
            }
        });
    }
}
