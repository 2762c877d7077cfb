package org.chokepoint.server.findings;

import java.util.List;

/**
 * A red-flag rule that fired, with the records behind it (formats.md §2).
 *
 * @param rule     the rule's stable id ("transshipment_hub")
 * @param weight   its contribution to the risk, in [0, 1]
 * @param evidence the record ids that made it fire
 */
public record RedFlag(String rule, double weight, List<String> evidence) {
    public RedFlag {
        evidence = List.copyOf(evidence);
    }
}
