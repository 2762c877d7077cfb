package org.chokepoint.model;

import java.util.Objects;

/**
 * A published ownership stake: {@code ownerId} holds {@code percentage} of {@code assetId}.
 * Ids are entity ids ({@code <source>:<native id>}); the ownership rules (OFAC/EU 50%) walk these.
 *
 * @param id         the relation's own id, {@code <source>:<native id>}
 * @param ownerId    the owner entity id
 * @param assetId    the owned entity id
 * @param percentage the share in percent [0, 100], or null when the source states none
 * @param role       the source's wording of the relation ("shareholder", "beneficial owner"), may be null
 */
public record Ownership(String id, String ownerId, String assetId, Double percentage, String role) {
    public Ownership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(assetId, "assetId");
        if (percentage != null && (percentage < 0 || percentage > 100 || percentage.isNaN()))
            throw new IllegalArgumentException(id + ": percentage " + percentage + " outside [0, 100]");
    }
}
