package org.chokepoint.network.ownership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An entity blocked by ownership (or control), with the evidence.
 *
 * @param entityId         the entity blocked, not itself listed
 * @param rule             the rule's versioned name ({@link OfacFiftyPercentRule#NAME}, {@link EuOwnershipRule#NAME})
 * @param bases            which tests fired, never empty
 * @param aggregatePercent the sum of the direct stakes of all blocked owners; may exceed 100 when
 *                         sources overlap (the explanation caps it at 100)
 * @param stakes           every blocked owner's direct stake, sorted by owner id
 * @param path             one chain from a listed entity to this one ({@code [X, A, B]}), through
 *                         the owner blocked earliest (ties: larger stake, then id)
 */
public record OwnershipFinding(String entityId, String rule, Set<Basis> bases, double aggregatePercent,
                               List<Stake> stakes, List<String> path) {
    public OwnershipFinding {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(rule, "rule");
        if (bases.isEmpty()) throw new IllegalArgumentException(entityId + ": no basis");
        bases = Set.copyOf(EnumSet.copyOf(bases));
        stakes = List.copyOf(stakes);
        path = List.copyOf(path);
    }

    /** A sentence a person can read and check, e.g. "B is blocked under OFAC's 50% rule: ...". */
    public String explanation() {
        String ruleText = rule.startsWith("eu") ? "the EU ownership and control rule" : "OFAC's 50% rule";
        StringBuilder sb = new StringBuilder(entityId).append(" is blocked under ").append(ruleText).append(": ");
        if (bases.contains(Basis.OWNERSHIP))
            sb.append("owned ").append(percent(aggregatePercent)).append(" in aggregate by blocked owners");
        if (bases.contains(Basis.CONTROL))
            sb.append(bases.contains(Basis.OWNERSHIP) ? " and " : "").append("controlled by a blocked owner");
        sb.append(" (").append(stakes.stream().map(OwnershipFinding::describe).collect(Collectors.joining("; ")))
          .append("); path ").append(String.join(" → ", path)).append('.');
        return sb.toString();
    }

    private static String describe(Stake s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.ownerListed() ? "listed " : "").append(s.ownerId());
        if (s.percent() > 0) sb.append(' ').append(percent(s.percent()));
        if (s.control()) sb.append(s.percent() > 0 ? ", control" : " control");
        if (!s.ownerListed()) sb.append(", itself blocked via ").append(String.join(" → ", s.ownerPath()));
        return sb.toString();
    }

    /** Percent capped at 100, at most two decimals, no trailing zeros. */
    static String percent(double p) {
        return BigDecimal.valueOf(Math.min(p, 100)).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }
}
