package org.chokepoint.network.graph;

import java.util.Objects;

/**
 * A listed entity as a node: its id is the node key ("ofac-sdn:12345").
 *
 * @param entityId the entity id, {@code <source>:<native id>}
 * @param name     its primary name
 * @param country  ISO 3166-1 alpha-2, or "" when the list gives none
 */
public record ListedNode(String entityId, String name, String country) {
    public ListedNode {
        Objects.requireNonNull(entityId, "entityId");
        name = Objects.requireNonNullElse(name, "");
        country = Objects.requireNonNullElse(country, "");
    }
}
