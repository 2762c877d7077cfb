package org.chokepoint.detect.rank;

import java.util.List;

/**
 * A rule's flag on a party, summed over its records.
 *
 * @param rule     the rule id
 * @param title    the rule's title
 * @param weight   the strongest record's weight, in (0, 1]
 * @param count    records that show it
 * @param detail   the strongest record's detail
 * @param evidence record ids, strongest first, at most the evidence limit
 */
public record FlagSummary(String rule, String title, double weight, long count, String detail, List<String> evidence) {
    public FlagSummary {
        evidence = List.copyOf(evidence);
    }
}
