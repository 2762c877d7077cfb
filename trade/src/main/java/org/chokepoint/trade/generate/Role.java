package org.chokepoint.trade.generate;

/** What a party does in trade. */
enum Role {
    /** Makes goods and sells them abroad (producer countries). */
    PRODUCER,
    /** Buys from producers and resells, often big and busy. */
    DISTRIBUTOR,
    /** Buys and sells whatever sells; the usual hub company. */
    TRADER,
    /** Buys machinery and components for its own production. */
    MANUFACTURER,
    /** Sells to consumers; buys finished goods. */
    RETAILER,
    /** Moves goods for others; appears as consignee for its clients. */
    FORWARDER,
    /** A sanctioned end user from the lists. */
    LISTED_END_USER
}
