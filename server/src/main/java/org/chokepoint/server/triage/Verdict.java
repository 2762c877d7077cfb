package org.chokepoint.server.triage;

import java.util.Locale;

/** What an analyst decided about an alert. */
public enum Verdict {
    /** The party is the listed entity (or the flags are real): act on it. */
    TRUE_MATCH,
    /** Not the listed entity: remembered, so the same alert stays quiet until the entity's list record changes. */
    FALSE_POSITIVE,
    /** Needs someone with more authority or information. */
    ESCALATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict parse(String s) {
        if (s != null) {
            for (Verdict v : values()) if (v.label().equalsIgnoreCase(s.strip())) return v;
        }
        throw new IllegalArgumentException("decision must be one of true_match, false_positive, escalate (got '" + s + "')");
    }
}
