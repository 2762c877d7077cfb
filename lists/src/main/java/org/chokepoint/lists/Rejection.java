package org.chokepoint.lists;

/**
 * A record that was read but not stored, and why. Reported to the user, never silently dropped.
 *
 * @param file   the file name
 * @param line   1-based line (or record number for XML and JSON lines), 0 when not known
 * @param field  the field at fault, or null for the whole record
 * @param reason a sentence a user understands
 */
public record Rejection(String file, long line, String field, String reason) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (field != null ? " [" + field + "]" : "") + ": " + reason;
    }
}
