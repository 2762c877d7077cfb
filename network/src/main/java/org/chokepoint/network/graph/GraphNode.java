package org.chokepoint.network.graph;

/**
 * A node as the graph and its exports see it.
 *
 * @param key     "p12" for resolved party 12, the entity id for a listed entity
 * @param kind    {@code party} or {@code listed_entity}
 * @param label   the name
 * @param country ISO 3166-1 alpha-2, or ""
 * @param listed  a listed entity, or a party matched to one
 * @param risk    in [0, 1]; 1 for listed entities
 */
public record GraphNode(String key, String kind, String label, String country, boolean listed, double risk) {
    public static final String PARTY = "party";
    public static final String LISTED_ENTITY = "listed_entity";
}
