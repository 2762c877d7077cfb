package org.chokepoint.network.graph;

import java.util.Objects;

/**
 * An edge of the supply graph. Identity, not content, makes two edges distinct (the graph may hold
 * several relations between two nodes), so this is a class, not a record. Immutable.
 */
public final class SupplyEdge {
    private final String source;
    private final String target;
    private final Relation relation;
    private final double weight;
    private final TradeEdge trade;
    private final String detail;

    SupplyEdge(String source, String target, Relation relation, double weight, TradeEdge trade, String detail) {
        this.source = source;
        this.target = target;
        this.relation = Objects.requireNonNull(relation);
        this.weight = weight;
        this.trade = trade;
        this.detail = Objects.requireNonNullElse(detail, "");
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }

    public Relation relation() {
        return relation;
    }

    /** Trade: value in USD; ownership: percent (0 when unknown); list match: score; shared identifier or address: 1. */
    public double weight() {
        return weight;
    }

    /** The trade behind a {@link Relation#TRADE} edge, else null. */
    public TradeEdge trade() {
        return trade;
    }

    /** The shared identifier or address, the ownership role, or ""; never null. */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return source + " -" + relation.label() + "-> " + target;
    }
}
