package org.chokepoint.lists;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows of a checked {@link TextFile}, with the line each row starts on. Rows may have any
 * number of fields: the readers check the count themselves so that one bad row is rejected with its
 * line number instead of failing the file.
 */
public final class CsvRows {
    private CsvRows() {}

    /** All rows, empty lines skipped. A quote that never closes makes the file unusable. */
    public static List<CsvRecord> parse(TextFile file) throws ListFormatException {
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(true).allowExtraCharsAfterClosingQuote(true).ofCsvRecord(file.text())) {
            for (CsvRecord r : reader) rows.add(r);
        } catch (CsvParseException e) {
            throw new ListFormatException(file.name(), rows.isEmpty() ? 1 : rows.get(rows.size() - 1).getStartingLineNumber() + 1,
                    "malformed CSV: " + e.getMessage(), e);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new ListFormatException(file.name(), 0, "cannot parse CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The field, stripped, or null when the row is shorter or the field blank. */
    public static String field(CsvRecord row, int index) {
        if (index < 0 || index >= row.getFieldCount()) return null;
        String v = row.getField(index).strip();
        return v.isEmpty() ? null : v;
    }

    /** The raw line(s) of a row re-joined, for {@code Entity.raw}. */
    public static String raw(CsvRecord row) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < row.getFieldCount(); i++) {
            if (i > 0) b.append(',');
            String f = row.getField(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) b.append('"').append(f.replace("\"", "\"\"")).append('"');
            else b.append(f);
        }
        return b.toString();
    }
}
