package org.chokepoint.trade.generate;

/**
 * What one declaration line says before the clerk writes it: the parties, the goods, the route, and any
 * departure from ordinary trade (a price far above the norm, a tiny consignment, a false description, a
 * given carrier). Mutable, used for one line at a time.
 */
final class Consignment {
    Party exporter;
    Party importer;
    Goods goods;
    String destination;
    /** Country of manufacture, or null to let the clerk decide. */
    String origin;
    /** Country the goods left from, when not the exporter's, or null. */
    String dispatch;
    double priceFactor = 1;
    double quantityFactor = 1;
    /** A description other than the goods' own, or null. */
    String description;
    /** A carrier to use instead of an ordinary one, or null. */
    Carrier carrier;

    Consignment of(Party exporter, Party importer, Goods goods, String destination) {
        this.exporter = exporter;
        this.importer = importer;
        this.goods = goods;
        this.destination = destination;
        origin = null;
        dispatch = null;
        priceFactor = 1;
        quantityFactor = 1;
        description = null;
        carrier = null;
        return this;
    }
}
