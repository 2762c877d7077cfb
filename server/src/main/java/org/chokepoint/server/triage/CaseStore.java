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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cases and their notes. A case's history only grows: a note (with the status it leaves the case in) is
 * appended, never edited, and each write carries its audit entry in the same transaction. Thread-safe.
 */
public final class CaseStore {
    public static final int MAX_TEXT = 4_000;
    private static final Set<String> STATUSES = Set.of("open", "closed");

    private final DeskDatabase db;

    public CaseStore(DeskDatabase db) {
        this.db = db;
    }

    public CaseFile open(String actor, String title, List<String> partyIds, String note) {
        String t = required(title, "title", 200);
        String n = note == null || note.isBlank() ? "case opened" : required(note, "note", MAX_TEXT);
        if (partyIds.size() > 500) throw new IllegalArgumentException("a case covers at most 500 parties");
        Instant now = Instant.now();
        long id = db.transaction(c -> {
            long caseId = DeskDatabase.next(c, "case_seq");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO cases VALUES (?,?,?,?,?)")) {
                p.setLong(1, caseId);
                p.setString(2, t);
                p.setString(3, String.join("\n", partyIds));
                p.setString(4, actor);
                p.setTimestamp(5, Timestamp.from(now));
                p.executeUpdate();
            }
            event(c, caseId, now, actor, "open", n);
            AuditLog.append(c, actor, "case.open", "case " + caseId, n, t + (partyIds.isEmpty() ? "" : "; parties " + String.join(", ", partyIds)));
            return caseId;
        });
        return get(id).orElseThrow();
    }

    /** Appends a note, leaving the case in {@code status} ("open" or "closed"). */
    public CaseFile note(String actor, long caseId, String status, String note) {
        String s = status == null || status.isBlank() ? "open" : status.strip().toLowerCase();
        if (!STATUSES.contains(s)) throw new IllegalArgumentException("status must be open or closed (got '" + status + "')");
        String n = required(note, "note", MAX_TEXT);
        db.transaction(c -> {
            if (cases(c, caseId).isEmpty()) throw new java.util.NoSuchElementException("no case " + caseId);
            event(c, caseId, Instant.now(), actor, s, n);
            AuditLog.append(c, actor, "case." + (s.equals("closed") ? "close" : "note"), "case " + caseId, n, null);
            return null;
        });
        return get(caseId).orElseThrow();
    }

    public Optional<CaseFile> get(long id) {
        return db.read(c -> cases(c, id)).stream().findFirst();
    }

    /** Every case, newest first. */
    public List<CaseFile> all() {
        return db.read(c -> cases(c, null));
    }

    private static void event(Connection c, long caseId, Instant at, String actor, String status, String note) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO case_events VALUES (?,?,?,?,?)")) {
            p.setLong(1, caseId);
            p.setTimestamp(2, Timestamp.from(at));
            p.setString(3, actor);
            p.setString(4, status);
            p.setString(5, note);
            p.executeUpdate();
        }
    }

    private static List<CaseFile> cases(Connection c, Long id) throws SQLException {
        Map<Long, List<CaseFile.Event>> events = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT case_id, event_at, actor, status, note FROM case_events WHERE (? IS NULL OR case_id = ?) ORDER BY rowid")) {
            p.setObject(1, id);
            p.setObject(2, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    events.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CaseFile.Event(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        List<CaseFile> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT case_id, title, party_ids, created_by, created_at FROM cases WHERE (? IS NULL OR case_id = ?) ORDER BY case_id DESC")) {
            p.setObject(1, id);
            p.setObject(2, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String parties = rs.getString(3);
                    out.add(new CaseFile(rs.getLong(1), rs.getString(2), parties.isEmpty() ? List.of() : Arrays.asList(parties.split("\n")),
                            rs.getString(4), rs.getTimestamp(5).toInstant(), events.getOrDefault(rs.getLong(1), List.of())));
                }
            }
        }
        return out;
    }

    private static String required(String s, String field, int max) {
        String v = s == null ? "" : s.strip();
        if (v.isEmpty()) throw new IllegalArgumentException(field + " is required");
        if (v.length() > max) throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        return v;
    }
}
