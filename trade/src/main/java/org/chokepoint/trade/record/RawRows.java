package org.chokepoint.trade.record;

import java.io.Closeable;
import java.util.List;
import java.util.Map;

/** The rows of one shipment file in one format, as raw strings by column, before any rule is applied. */
interface RawRows extends Closeable {

    /**
     * One data row.
     *
     * @param line       the line it starts on (CSV) or its row number (Parquet)
     * @param values     raw values by {@link ShipmentColumn#ordinal()}, stripped, null when absent or empty
     * @param extras     values of the columns the format does not define, by header name (empty ones left out)
     * @param rowProblem why the row as a whole cannot be read (a wrong number of fields), or null
     */
    record RawRow(long line, String[] values, Map<String, String> extras, String rowProblem) {}

    /** The next row, or null after the last. */
    RawRow next() throws ShipmentFileException;

    /** The header names of the columns the format does not define, in file order. */
    List<String> extraColumns();

    /** Column names for a message, cut short when a file that is not a shipment file has a "header" of any length. */
    static String list(List<String> names) {
        String s = String.join(", ", names);
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
