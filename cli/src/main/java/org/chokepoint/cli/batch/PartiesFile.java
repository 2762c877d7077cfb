package org.chokepoint.cli.batch;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.TextFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parties CSV for batch screening ({@code formats.md} §3: {@code id,name[,country,type,identifier]}, other columns
 * ignored), read and checked as a whole before any screening: a file that cannot be screened at all (missing, not
 * UTF-8, a quote never closed, no header, no {@code id} or {@code name} column) is refused at once, before the lists
 * and their index are loaded, which takes seconds. Rows with the wrong number of fields are kept here and rejected
 * one by one when screened.
 *
 * @param name   the file's name, for messages
 * @param header the header's column names (stripped, lower case) and their places, the first of a repeated name
 * @param fields how many fields the header has
 * @param rows   the data rows, in file order
 */
public record PartiesFile(String name, Map<String, Integer> header, int fields, List<CsvRecord> rows) {
    public PartiesFile {
        header = Map.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static PartiesFile read(Path in) throws ListFormatException, IOException {
        TextFile f = TextFile.read(in);
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE).skipEmptyLines(true)
                // A quote never closed would swallow every row after it into one field: refused, as the shipment reader does.
                .allowUnclosedQuote(false).ofCsvRecord(f.text())) {
            for (CsvRecord row : r) rows.add(row);
        } catch (CsvParseException e) {
            throw new ListFormatException(f.name(), rows.size() + 1, "malformed CSV: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) throw new ListFormatException(f.name(), 1, "no header row");
        Map<String, Integer> header = new HashMap<>();
        CsvRecord h = rows.get(0);
        for (int i = 0; i < h.getFieldCount(); i++) header.putIfAbsent(h.getField(i).strip().toLowerCase(Locale.ROOT), i);
        for (String required : List.of("id", "name")) {
            if (!header.containsKey(required)) throw new ListFormatException(f.name(), 1, "the header has no '" + required + "' column (found: " + h.getFields() + ")");
        }
        return new PartiesFile(f.name(), header, h.getFieldCount(), rows.subList(1, rows.size()));
    }
}
