package org.chokepoint.network.graph;

/** What an edge of the supply graph says. */
public enum Relation {
    /** Goods sold, seller to buyer; weight: value in USD. */
    TRADE,
    /** Two parties declared the same identifier (a front may reuse a listed firm's tax number); both directions. */
    SHARED_IDENTIFIER,
    /** Two parties declared the same address; both directions. */
    SHARED_ADDRESS,
    /** Owner to asset, with the percentage as weight. */
    OWNERSHIP,
    /** A party to the listed entity screening matched it to; weight: the match score. */
    LIST_MATCH;

    /** The name in exports: lower case ("shared_identifier"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
