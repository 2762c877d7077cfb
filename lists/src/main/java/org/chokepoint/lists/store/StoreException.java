package org.chokepoint.lists.store;

/** The store could not do what was asked; the message says what and why, and what state the store is in. */
public final class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
