package org.chokepoint.lists;

import de.siegmar.fastcsv.reader.CsvRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a CSV file: columns found by name, case and surrounding blanks ignored, so that
 * readers do not depend on column order. A missing required column makes the file unusable and is
 * reported with the file and the column.
 */
public final class CsvHeader {
    private final String file;
    private final Map<String, Integer> columns;
    private final List<String> names;

    private CsvHeader(String file, Map<String, Integer> columns, List<String> names) {
        this.file = file;
        this.columns = columns;
        this.names = names;
    }

    public static CsvHeader of(String file, CsvRecord header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip();
            names.add(name);
            columns.putIfAbsent(key(name), i);
        }
        return new CsvHeader(file, columns, List.copyOf(names));
    }

    /** The index of the column, or -1 when the header has none of that name. */
    public int index(String column) {
        return column == null ? -1 : columns.getOrDefault(key(column), -1);
    }

    /** The index of a column the file cannot be read without. */
    public int require(String column) throws ListFormatException {
        int i = index(column);
        if (i < 0) throw new ListFormatException(file, 1, "no column '" + column + "' in the header (columns: " + String.join(", ", names) + ")");
        return i;
    }

    /** The column names as written. */
    public List<String> names() {
        return names;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
