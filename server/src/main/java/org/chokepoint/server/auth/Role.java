package org.chokepoint.server.auth;

import java.util.Locale;

/**
 * What a user may do. Roles are ordered: each includes the rights of the ones before it.
 * A viewer reads; an analyst also screens files, decides alerts and keeps cases; an admin also manages
 * users and updates the lists.
 */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    /** Whether this role includes the rights of {@code required}. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "viewer", "analyst" or "admin" (any case); anything else is refused with the allowed values. */
    public static Role parse(String s) {
        if (s != null) {
            for (Role r : values()) if (r.label().equalsIgnoreCase(s.strip())) return r;
        }
        throw new IllegalArgumentException("role must be one of viewer, analyst, admin (got '" + s + "')");
    }
}
