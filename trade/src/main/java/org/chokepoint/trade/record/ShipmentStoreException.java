package org.chokepoint.trade.record;

/** The shipment store could not do what was asked; the message says why and what state the store is in. */
public final class ShipmentStoreException extends Exception {
    public ShipmentStoreException(String message) {
        super(message);
    }

    public ShipmentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
