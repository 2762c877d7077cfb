package org.chokepoint.server.findings;

/** A findings directory does not follow formats.md §2; the message names the file, line, field and reason. */
public final class FindingsException extends Exception {
    public FindingsException(String file, long line, String field, String reason) {
        super(file + (line > 0 ? " line " + line : "") + (field != null ? ", field " + field : "") + ": " + reason);
    }
}
