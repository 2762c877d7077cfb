package org.chokepoint.lists.uk;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.lists.CsvHeader;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.SourceFile;
import org.chokepoint.lists.TextFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One table of the normalised UK list: its checked file, header and data rows.
 *
 * @param name   the file name, for messages
 * @param header columns by name
 * @param rows   data rows, header excluded
 * @param source name, size and checksum
 */
record UkTable(String name, CsvHeader header, List<CsvRecord> rows, SourceFile source) {

    /** Reads the table, or returns null when an optional table is absent. */
    static UkTable read(Path dir, String name, boolean required) throws ListFormatException {
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            if (required) throw new ListFormatException(name, 0, "file not found in " + dir + ": the UK list needs subjects.csv and subject_names.csv");
            return null;
        }
        TextFile file = TextFile.read(path);
        List<CsvRecord> rows = CsvRows.parse(file);
        if (rows.isEmpty()) throw new ListFormatException(name, 0, "the file is empty");
        return new UkTable(name, CsvHeader.of(name, rows.get(0)), rows.subList(1, rows.size()), file.source());
    }

    /**
     * The row as published, less its first column: the transformation numbered every row, including
     * the copies it made of the same fact, so two rows equal but for that number are one fact.
     */
    static String content(CsvRecord row) {
        String raw = CsvRows.raw(row);
        int comma = raw.indexOf(',');
        return comma < 0 ? raw : raw.substring(comma + 1);
    }
}
