package org.chokepoint.server;

/**
 * A request body found too large while it was read: a chunked upload sends no length the guard could check
 * in advance. Answered with 413 like the guard's own refusal; it is an {@link IllegalArgumentException}, so
 * code that treats bad input alike still does.
 */
public final class ContentTooLargeException extends IllegalArgumentException {
    public ContentTooLargeException(String message) {
        super(message);
    }
}
