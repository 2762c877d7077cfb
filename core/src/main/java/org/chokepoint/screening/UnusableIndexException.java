package org.chokepoint.screening;

/**
 * A screening index file that must not be used ({@link ScreenerFile#read}): written for other lists or other code
 * (stale), by another format version, truncated, or damaged. The message says which, in a few words that follow
 * "the index FILE is unusable: ".
 */
public final class UnusableIndexException extends Exception {
    public UnusableIndexException(String reason) {
        super(reason);
    }
}
