package org.chokepoint.server.dataset;

import org.chokepoint.server.DeskDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Which findings directory the desk served last (table {@code served_runs} in the desk database), so
 * that the findings of a detection job are still served after a restart when {@code serve} names no
 * {@code --findings}. Thread-safe.
 */
public final class ServedRuns {
    private final DeskDatabase db;

    public ServedRuns(DeskDatabase db) {
        this.db = db;
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS served_runs (directory VARCHAR NOT NULL, served_at TIMESTAMP NOT NULL)");
            }
            return null;
        });
    }

    public void served(Path directory) {
        if (directory == null) return;
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO served_runs VALUES (?, ?)")) {
                p.setString(1, directory.toAbsolutePath().toString());
                p.setTimestamp(2, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            return null;
        });
    }

    /** The directory served last, when it still holds findings. */
    public Optional<Path> last() {
        String dir = db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT directory FROM served_runs ORDER BY served_at DESC LIMIT 1"); ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        return Optional.ofNullable(dir).map(Path::of).filter(d -> Files.isRegularFile(d.resolve("parties.jsonl")));
    }
}
