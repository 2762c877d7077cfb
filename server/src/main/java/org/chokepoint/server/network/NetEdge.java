package org.chokepoint.server.network;

/**
 * An edge of the exported trade graph.
 *
 * @param source       the seller for trade, the party for a list match
 * @param target       the buyer for trade, the listed entity for a list match
 * @param relation     trade, list_match, shared_identifier, shared_address or ownership
 * @param valueUsd     trade value (0 for other relations)
 * @param chplValueUsd value of goods of concern, at most {@code valueUsd}
 * @param shipments    shipment records of the pair (0 for other relations)
 * @param concern      the tier code of its largest consignment of concern ("1", "3.A", "arms", ...), or null
 * @param detail       the shared identifier or address, the list match score, the HS-6 codes of a trade; or null
 */
public record NetEdge(String source, String target, String relation, double valueUsd, double chplValueUsd, long shipments, String concern, String detail) {
    public boolean trade() {
        return "trade".equals(relation);
    }

    /** The other end of the edge seen from {@code key}. */
    public String other(String key) {
        return source.equals(key) ? target : source;
    }
}
