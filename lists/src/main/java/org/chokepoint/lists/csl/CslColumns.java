package org.chokepoint.lists.csl;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.lists.ListFormatException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSL header: column positions looked up by name, so that a reordered or extended export still
 * reads. Only {@code _id}, {@code source} and {@code name} are required; other columns may be absent.
 */
final class CslColumns {
    static final List<String> REQUIRED = List.of("_id", "source", "name");

    private final Map<String, Integer> index;
    private final int size;

    private CslColumns(Map<String, Integer> index, int size) {
        this.index = index;
        this.size = size;
    }

    static CslColumns of(String file, CsvRecord header) throws ListFormatException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.getFieldCount(); i++) index.putIfAbsent(header.getField(i).strip(), i);
        for (String column : REQUIRED) {
            if (!index.containsKey(column))
                throw new ListFormatException(file, header.getStartingLineNumber(), "not a CSL file: the header has no '" + column + "' column");
        }
        return new CslColumns(Map.copyOf(index), header.getFieldCount());
    }

    /** How many fields every row must have. */
    int size() {
        return size;
    }

    /** The stripped value of a column, or null when the column is absent or the value blank. */
    String get(CsvRecord row, String column) {
        Integer i = index.get(column);
        return i == null ? null : CsvRows.field(row, i);
    }

    /** True for a repetition of the header line (the trade.gov export has been seen with two). */
    boolean isHeader(CsvRecord row) {
        return "_id".equals(get(row, "_id")) && "source".equals(get(row, "source")) && "name".equals(get(row, "name"));
    }
}
