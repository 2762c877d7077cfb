package org.chokepoint.server.rescreen;

import java.time.Instant;

/**
 * What one re-screen found. A hit is a (party, listed entity) pair at or above the screening threshold
 * that {@code detect} had not already reported for that party.
 *
 * @param at             when it ran
 * @param parties        parties of the served findings screened
 * @param counterparties register entries screened
 * @param hits           hits now standing
 * @param newHits        hits not found by the re-screen before this one
 * @param alertsOpen     parties with a hit whose alert is open (never decided) or reopened
 * @param reopened       of those, alerts a decision had closed that reopened (new match or changed list record)
 * @param suppressed     parties with a hit still cleared by a false-positive decision (same entities, same records)
 * @param lists          the current snapshots screened against ({@code source:snapshot,...})
 */
public record RescreenReport(Instant at, int parties, int counterparties, int hits, int newHits, int alertsOpen, int reopened, int suppressed, String lists) {
    /** One line for the audit log and the pages. */
    public String summary() {
        return count(parties, "party", "parties") + " and " + count(counterparties, "counterparty", "counterparties") + " screened against " + lists + ": "
                + count(hits, "hit", "hits") + " (" + newHits + " new); " + count(alertsOpen, "alert", "alerts") + " open (" + reopened + " reopened), "
                + suppressed + " kept cleared by false-positive decisions";
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
