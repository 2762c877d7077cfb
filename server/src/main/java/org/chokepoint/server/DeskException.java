package org.chokepoint.server;

/** The desk could not read or write its own state (database, findings, lists); the message says which and why. */
public final class DeskException extends RuntimeException {
    public DeskException(String message) {
        super(message);
    }

    public DeskException(String message, Throwable cause) {
        super(message, cause);
    }
}
