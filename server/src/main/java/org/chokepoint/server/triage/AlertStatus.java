package org.chokepoint.server.triage;

import java.util.Locale;

/** Where an alert stands, derived from its decisions and the lists (never stored, so it cannot go stale). */
public enum AlertStatus {
    /** Never decided. */
    OPEN,
    /** Cleared as a false positive, but a listed entity it was cleared against has changed, or a new match appeared. */
    REOPENED,
    ESCALATED,
    /** Decided a true match. */
    CONFIRMED,
    /** Decided a false positive, and nothing it was cleared against has changed since: suppressed. */
    CLEARED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether it waits for an analyst. */
    public boolean needsAttention() {
        return this == OPEN || this == REOPENED || this == ESCALATED;
    }

    public static AlertStatus parse(String s) {
        for (AlertStatus a : values()) if (a.label().equalsIgnoreCase(s.strip())) return a;
        throw new IllegalArgumentException("status must be one of open, reopened, escalated, confirmed, cleared (got '" + s + "')");
    }
}
