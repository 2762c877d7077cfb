package org.chokepoint.server.auth;

import org.chokepoint.server.DeskDatabase;
import org.chokepoint.server.audit.AuditLog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Users, API tokens and sessions in the desk database. Passwords are stored as PBKDF2 hashes, tokens and
 * session ids as SHA-256 digests, so a copy of {@code desk.duckdb} lets nobody log in. Creating a user or
 * a token writes its audit entry in the same transaction. Thread-safe.
 */
public final class UserStore {
    /** A session lasts this long from login, whatever the activity: a desk left open overnight is logged out. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,40}");

    /** A new session: the cookie value and the CSRF token pages embed in their forms. */
    public record Session(String id, String csrf) {}

    /** How long a token's user is remembered without asking the database: API calls then cost no database work. */
    static final Duration TOKEN_CACHE = Duration.ofSeconds(60);

    private record Cached(User user, long until) {}

    private final DeskDatabase db;
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> tokenCache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Counts revocations, so a token look-up can tell that one happened while it ran. */
    private final java.util.concurrent.atomic.AtomicLong revocations = new java.util.concurrent.atomic.AtomicLong();

    public UserStore(DeskDatabase db) {
        this.db = db;
    }

    /** Creates a user; {@code actor} is who did it, for the audit log. Refuses a malformed or taken name and a password under 12 characters. */
    public User create(String actor, String username, String displayName, Role role, char[] password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 2 to 40 characters of a-z, 0-9, '.', '_', '-' (got '" + username + "')");
        }
        if (password == null || password.length < 12) throw new IllegalArgumentException("password must have at least 12 characters");
        String hash = PasswordHasher.hash(password);
        Instant now = Instant.now();
        String display = displayName == null || displayName.isBlank() ? username : displayName.strip();
        return db.transaction(c -> {
            if (find(c, username).isPresent()) throw new IllegalArgumentException("user '" + username + "' already exists");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO users VALUES (?,?,?,?,?)")) {
                p.setString(1, username);
                p.setString(2, display);
                p.setString(3, role.label());
                p.setString(4, hash);
                p.setTimestamp(5, Timestamp.from(now));
                p.executeUpdate();
            }
            AuditLog.append(c, actor, "user.create", username, null, "role " + role.label());
            return new User(username, display, role, now);
        });
    }

    public Optional<User> find(String username) {
        return db.read(c -> find(c, username));
    }

    public List<User> all() {
        return db.read(c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT username, display_name, role, created_at FROM users ORDER BY username");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(user(rs));
            }
            return out;
        });
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM users"); ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The user when the password is right; empty otherwise, after the same work whether or not the user exists. */
    public Optional<User> authenticate(String username, char[] password) {
        record Stored(User user, String hash) {}
        Optional<Stored> stored = db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT username, display_name, role, created_at, password_hash FROM users WHERE username = ?")) {
                p.setString(1, username);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new Stored(user(rs), rs.getString(5))) : Optional.empty();
                }
            }
        });
        if (stored.isEmpty()) {
            PasswordHasher.waste(password);
            return Optional.empty();
        }
        return PasswordHasher.verify(password, stored.get().hash()) ? Optional.of(stored.get().user()) : Optional.empty();
    }

    /** Issues an API token for {@code username}; the token is returned once and only its digest is kept. */
    public String issueToken(String actor, String username, String label) {
        String token = Secrets.token();
        db.transaction(c -> {
            if (find(c, username).isEmpty()) throw new IllegalArgumentException("no user '" + username + "'");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO api_tokens VALUES (?,?,?,?)")) {
                p.setString(1, Secrets.digest(token));
                p.setString(2, username);
                p.setString(3, label);
                p.setTimestamp(4, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            AuditLog.append(c, actor, "token.create", username, null, label == null ? null : "label " + label);
            return null;
        });
        return token;
    }

    /**
     * The user an API token belongs to. Known tokens are remembered for {@link #TOKEN_CACHE}, so that the
     * database lock is not taken on every API call; unknown ones are asked about every time.
     */
    public Optional<User> forToken(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        String digest = Secrets.digest(token.strip());
        long now = System.nanoTime();
        Cached hit = tokenCache.get(digest);
        if (hit != null && now - hit.until() < 0) return Optional.of(hit.user());
        long generation = revocations.get();
        Optional<User> user = lookupToken(digest);
        user.ifPresent(u -> tokenCache.put(digest, new Cached(u, now + TOKEN_CACHE.toNanos())));
        // A revocation that ran while this look-up was in flight may have missed the entry just cached: drop it.
        if (revocations.get() != generation) tokenCache.remove(digest);
        return user;
    }

    private Optional<User> lookupToken(String digest) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT u.username, u.display_name, u.role, u.created_at FROM api_tokens t "
                    + "JOIN users u USING (username) WHERE t.token_hash = ?")) {
                p.setString(1, digest);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(user(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The API tokens of {@code username} (null: every user's), oldest first. */
    public List<ApiToken> tokens(String username) {
        return db.read(c -> {
            List<ApiToken> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT token_hash, username, label, created_at FROM api_tokens "
                    + "WHERE (? IS NULL OR username = ?) ORDER BY created_at, token_hash")) {
                p.setString(1, username);
                p.setString(2, username);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.add(new ApiToken(rs.getString(1).substring(0, ApiToken.ID_LENGTH), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                }
            }
            return out;
        });
    }

    /**
     * Revokes the token with {@link ApiToken#id} {@code id}, writing the audit entry in the same transaction; it
     * stops working at once (the token cache forgets it too).
     *
     * @param owner only a token of this user (null: any user's, for admins)
     * @return the revoked token, or empty when there is no such token (of that owner)
     */
    public Optional<ApiToken> revoke(String actor, String id, String owner) {
        if (id == null || !id.matches("[0-9a-f]{" + ApiToken.ID_LENGTH + "}")) return Optional.empty();
        Optional<ApiToken> revoked = db.transaction(c -> {
            Optional<ApiToken> t = Optional.empty();
            try (PreparedStatement p = c.prepareStatement("SELECT token_hash, username, label, created_at FROM api_tokens WHERE starts_with(token_hash, ?) "
                    + "AND (? IS NULL OR username = ?)")) {
                p.setString(1, id);
                p.setString(2, owner);
                p.setString(3, owner);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) t = Optional.of(new ApiToken(id, rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                    if (rs.next()) throw new IllegalStateException("token id " + id + " is ambiguous");
                }
            }
            if (t.isEmpty()) return t;
            try (PreparedStatement p = c.prepareStatement("DELETE FROM api_tokens WHERE starts_with(token_hash, ?) AND username = ?")) {
                p.setString(1, id);
                p.setString(2, t.get().username());
                p.executeUpdate();
            }
            AuditLog.append(c, actor, "token.revoke", t.get().username(), null, "token " + id + (t.get().label() == null ? "" : " (" + t.get().label() + ")"));
            return t;
        });
        if (revoked.isPresent()) {
            revocations.incrementAndGet();
            tokenCache.keySet().removeIf(digest -> digest.startsWith(id));
        }
        return revoked;
    }

    /** Starts a session for a user who has just logged in. */
    public Session startSession(String username) {
        Session s = new Session(Secrets.token(), Secrets.token());
        Instant now = Instant.now();
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO sessions VALUES (?,?,?,?,?)")) {
                p.setString(1, Secrets.digest(s.id()));
                p.setString(2, username);
                p.setString(3, s.csrf());
                p.setTimestamp(4, Timestamp.from(now));
                p.setTimestamp(5, Timestamp.from(now.plus(SESSION_LIFETIME)));
                p.executeUpdate();
            }
            // Expired sessions are of no use to anyone; clearing them here keeps the table small without a timer.
            try (PreparedStatement p = c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
                p.setTimestamp(1, Timestamp.from(now));
                p.executeUpdate();
            }
            return null;
        });
        return s;
    }

    /** The principal of a live session, or empty when the id is unknown or expired. */
    public Optional<Principal> session(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) return Optional.empty();
        String digest = Secrets.digest(sessionId);
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT u.username, u.display_name, u.role, u.created_at, s.csrf FROM sessions s "
                    + "JOIN users u USING (username) WHERE s.session_hash = ? AND s.expires_at > ?")) {
                p.setString(1, digest);
                p.setTimestamp(2, Timestamp.from(Instant.now()));
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new Principal(user(rs), rs.getString(5))) : Optional.empty();
                }
            }
        });
    }

    public void endSession(String sessionId) {
        if (sessionId == null) return;
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM sessions WHERE session_hash = ?")) {
                p.setString(1, Secrets.digest(sessionId));
                p.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<User> find(Connection c, String username) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT username, display_name, role, created_at FROM users WHERE username = ?")) {
            p.setString(1, username);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        }
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString(1), rs.getString(2), Role.parse(rs.getString(3)), rs.getTimestamp(4).toInstant());
    }
}
