package org.chokepoint.lists;

/** A list file that cannot be used at all: the message names the file, the line and the reason. */
public final class ListFormatException extends Exception {
    private final String file;
    private final long line;
    private final String reason;

    public ListFormatException(String file, long line, String reason) {
        this(file, line, reason, null);
    }

    public ListFormatException(String file, long line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() { return file; }
    public long line() { return line; }
    public String reason() { return reason; }
}
