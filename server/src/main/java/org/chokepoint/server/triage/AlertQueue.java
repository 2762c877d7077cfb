package org.chokepoint.server.triage;

import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.ListMatch;
import org.chokepoint.server.findings.Party;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the findings and the decisions into alerts with a status. Decision memory lives here: a
 * false-positive decision stays in force only while every listed entity the party matches is one it was
 * cleared against, with the same list-record fingerprint; a changed record or a new match reopens the
 * alert. A pure function of its inputs; thread-safe.
 */
public final class AlertQueue {
    private AlertQueue() {}

    /**
     * @param fingerprints the current fingerprint of a listed entity's record, by entity id
     *                     ({@link EntityFingerprint#ABSENT} when the entity is no longer listed)
     */
    public static List<Alert> alerts(Findings findings, Map<String, List<Decision>> decisions, Function<String, String> fingerprints) {
        List<Alert> out = new ArrayList<>();
        for (Party p : findings.parties()) {
            if (p.alerting()) out.add(alert(p, decisions.getOrDefault(p.partyId(), List.of()), fingerprints));
        }
        return out;
    }

    public static Alert alert(Party p, List<Decision> decisions, Function<String, String> fingerprints) {
        if (decisions.isEmpty()) return new Alert(p, AlertStatus.OPEN, "not decided yet", decisions);
        Decision last = decisions.get(0);
        String when = " on " + last.at().toString().substring(0, 10) + " by " + last.actor();
        return switch (last.verdict()) {
            case TRUE_MATCH -> new Alert(p, AlertStatus.CONFIRMED, "decided a true match" + when, decisions);
            case ESCALATE -> new Alert(p, AlertStatus.ESCALATED, "escalated" + when, decisions);
            case FALSE_POSITIVE -> {
                for (ListMatch m : p.listMatches()) {
                    String then = last.cleared().get(m.entityId());
                    if (then == null) yield new Alert(p, AlertStatus.REOPENED, "new match " + m.entityId() + " since it was cleared" + when, decisions);
                    if (!then.equals(fingerprints.apply(m.entityId()))) {
                        yield new Alert(p, AlertStatus.REOPENED, "the list record of " + m.entityId() + " changed since it was cleared" + when, decisions);
                    }
                }
                yield new Alert(p, AlertStatus.CLEARED, "cleared as a false positive" + when, decisions);
            }
        };
    }
}
