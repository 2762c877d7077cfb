package org.chokepoint.server.triage;

import org.chokepoint.server.DeskDatabase;
import org.chokepoint.server.audit.AuditLog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decisions on alerts, each written with its audit entry in one transaction, so that the audit log counts
 * exactly the decisions made even when many analysts decide at once. Decisions are never changed: a new
 * decision supersedes the last. Thread-safe.
 */
public final class DecisionStore {
    /** A reason is required, and bounded so the audit log stays readable. */
    public static final int MAX_REASON = 2_000;

    private final DeskDatabase db;

    public DecisionStore(DeskDatabase db) {
        this.db = db;
    }

    /**
     * Records a decision.
     *
     * @param cleared the listed entities the alert matched at decision time, each with its list record's fingerprint
     */
    public Decision decide(String actor, String partyId, Verdict verdict, String reason, Map<String, String> cleared) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3) throw new IllegalArgumentException("a decision needs a reason (at least 3 characters)");
        if (why.length() > MAX_REASON) throw new IllegalArgumentException("the reason is longer than " + MAX_REASON + " characters");
        Instant now = Instant.now();
        return db.transaction(c -> {
            long id = DeskDatabase.next(c, "decision_seq");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO decisions VALUES (?,?,?,?,?,?)")) {
                p.setLong(1, id);
                p.setString(2, partyId);
                p.setString(3, verdict.label());
                p.setString(4, why);
                p.setString(5, actor);
                p.setTimestamp(6, Timestamp.from(now));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO decision_matches VALUES (?,?,?,?)")) {
                for (var e : cleared.entrySet()) {
                    p.setLong(1, id);
                    p.setString(2, partyId);
                    p.setString(3, e.getKey());
                    p.setString(4, e.getValue());
                    p.addBatch();
                }
                if (!cleared.isEmpty()) p.executeBatch();
            }
            AuditLog.append(c, actor, "decision." + verdict.label(), partyId, why, cleared.isEmpty() ? null : "listed: " + String.join(", ", cleared.keySet()));
            return new Decision(id, partyId, verdict, why, actor, now, cleared);
        });
    }

    /** Every decision, by party, newest first within each party. */
    public Map<String, List<Decision>> all() {
        return db.read(c -> decisions(c, null));
    }

    public List<Decision> forParty(String partyId) {
        return db.read(c -> decisions(c, partyId)).getOrDefault(partyId, List.of());
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM decisions"); ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Map<String, List<Decision>> decisions(Connection c, String partyId) throws SQLException {
        Map<Long, Map<String, String>> cleared = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT decision_id, entity_id, fingerprint FROM decision_matches WHERE (? IS NULL OR party_id = ?)")) {
            p.setString(1, partyId);
            p.setString(2, partyId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) cleared.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        Map<String, List<Decision>> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT decision_id, party_id, decision, reason, actor, decided_at FROM decisions "
                + "WHERE (? IS NULL OR party_id = ?) ORDER BY decision_id DESC")) {
            p.setString(1, partyId);
            p.setString(2, partyId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Decision(id, rs.getString(2), Verdict.parse(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), cleared.getOrDefault(id, Map.of())));
                }
            }
        }
        return out;
    }
}
