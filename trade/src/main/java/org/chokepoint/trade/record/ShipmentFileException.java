package org.chokepoint.trade.record;

/**
 * A shipment file that cannot be read at all (missing, empty, not UTF-8, malformed CSV, not Parquet, a
 * required column absent). The message names the file, the line when known, and the reason. Rows that
 * are merely invalid are rejected one by one instead.
 */
public final class ShipmentFileException extends Exception {
    private final String file;
    private final long line;

    public ShipmentFileException(String file, long line, String reason) {
        this(file, line, reason, null);
    }

    public ShipmentFileException(String file, long line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
