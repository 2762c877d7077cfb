package org.chokepoint.server.triage;

import java.time.Instant;
import java.util.Map;

/**
 * A decision on one party's alert.
 *
 * @param id        increasing, unique
 * @param partyId   the alert's party
 * @param verdict   what was decided
 * @param reason    why, in the analyst's words (never blank)
 * @param actor     who decided
 * @param at        when
 * @param cleared   the listed entities the decision covered, with the fingerprint of each one's list record at
 *                  the time (what decision memory compares against)
 */
public record Decision(long id, String partyId, Verdict verdict, String reason, String actor, Instant at, Map<String, String> cleared) {
    public Decision {
        cleared = Map.copyOf(cleared);
    }
}
