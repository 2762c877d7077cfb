package org.chokepoint.server.triage;

import org.chokepoint.server.findings.Party;

import java.util.List;

/**
 * A party that needs a decision (a list match or a red flag), with where it stands.
 *
 * @param party        the party as {@code detect} reported it
 * @param status       derived from the decisions and the lists
 * @param statusReason why it has that status, for a person ("ofac-sdn:17013 changed since it was cleared on 2026-01-02")
 * @param decisions    its decisions, newest first
 */
public record Alert(Party party, AlertStatus status, String statusReason, List<Decision> decisions) {
    public Alert {
        decisions = List.copyOf(decisions);
    }

    public String id() {
        return party.partyId();
    }
}
