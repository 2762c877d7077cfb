package org.chokepoint.detect.flags;

import java.util.List;

/**
 * A flag on a resolved party.
 *
 * @param party     the party's index in the run
 * @param rule      the rule id
 * @param weight    in (0, 1]
 * @param evidence  record indexes (0-based order of valid records in the input) that show it, first few
 * @param count     how many records show it in all (at least {@code evidence.size()})
 * @param detail    one sentence with the facts
 */
public record PartyFlag(int party, String rule, double weight, List<Long> evidence, long count, String detail) {
    public PartyFlag {
        if (!(weight > 0 && weight <= 1)) throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
        evidence = List.copyOf(evidence);
    }
}
