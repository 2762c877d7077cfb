package org.chokepoint.server.audit;

import org.chokepoint.server.DeskDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log. There is no code path that updates or deletes an entry: the class offers
 * {@link #append} and reads, nothing else, and every store that changes the desk's state calls
 * {@link #append(Connection, String, String, String, String, String)} inside its own transaction, so the
 * change and its record are committed together. Thread-safe.
 */
public final class AuditLog {
    private final DeskDatabase db;

    public AuditLog(DeskDatabase db) {
        this.db = db;
    }

    /** Appends an entry inside the caller's transaction; returns its id. */
    public static long append(Connection c, String actor, String action, String target, String reason, String detail) throws SQLException {
        long id = DeskDatabase.next(c, "audit_seq");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?)")) {
            p.setLong(1, id);
            p.setTimestamp(2, Timestamp.from(Instant.now()));
            p.setString(3, actor);
            p.setString(4, action);
            p.setString(5, target);
            p.setString(6, reason);
            p.setString(7, detail);
            p.executeUpdate();
        }
        return id;
    }

    /** Appends an entry in a transaction of its own. */
    public long append(String actor, String action, String target, String reason, String detail) {
        return db.transaction(c -> append(c, actor, action, target, reason, detail));
    }

    /**
     * Entries newest first, filtered by actor and by action prefix ("decision." matches every decision) when
     * those are not null.
     */
    public List<AuditEntry> entries(String actor, String actionPrefix, int limit, int offset) {
        return db.read(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT audit_id, logged_at, actor, action, target, reason, detail FROM audit_log "
                    + "WHERE (? IS NULL OR actor = ?) AND (? IS NULL OR starts_with(action, ?)) ORDER BY audit_id DESC LIMIT ? OFFSET ?")) {
                p.setString(1, actor);
                p.setString(2, actor);
                p.setString(3, actionPrefix);
                p.setString(4, actionPrefix);
                p.setInt(5, limit);
                p.setInt(6, offset);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    /** How many entries match, with the same filters as {@link #entries}. */
    public long count(String actor, String actionPrefix) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM audit_log WHERE (? IS NULL OR actor = ?) AND (? IS NULL OR starts_with(action, ?))")) {
                p.setString(1, actor);
                p.setString(2, actor);
                p.setString(3, actionPrefix);
                p.setString(4, actionPrefix);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
