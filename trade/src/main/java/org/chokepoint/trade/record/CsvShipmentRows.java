package org.chokepoint.trade.record;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.chokepoint.lists.CsvRows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A shipment CSV read row by row from a stream (RFC 4180, UTF-8, header row, comma): memory stays
 * bounded however long the file. The header is matched by name, case and blanks ignored, so columns may
 * come in any order; unknown columns are kept as extras. Invalid UTF-8 is an error, not a silent
 * replacement character. Not thread-safe.
 */
final class CsvShipmentRows implements RawRows {
    private final String file;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> rows;
    private final int[] index = new int[ShipmentColumn.count()];
    private final List<String> extraNames = new ArrayList<>();
    private final List<Integer> extraIndex = new ArrayList<>();
    private final int fieldCount;
    private long lastLine = 1;

    CsvShipmentRows(String file, InputStream in) throws ShipmentFileException {
        this.file = file;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(true).allowUnclosedQuote(false)
                .ofCsvRecord(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
        this.rows = reader.iterator();
        CsvRecord header = advance();
        if (header == null) throw new ShipmentFileException(file, 0, "the file is empty");
        this.fieldCount = header.getFieldCount();
        readHeader(header);
    }

    private void readHeader(CsvRecord header) throws ShipmentFileException {
        Arrays.fill(index, -1);
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i);
            if (i == 0 && name.startsWith("\uFEFF")) name = name.substring(1);
            name = name.strip();
            if (name.indexOf('\0') >= 0) throw new ShipmentFileException(file, 1, "binary content (a NUL byte in the header): not a CSV file");
            names.add(name);
            if (name.isEmpty()) continue;
            if (!seen.add(name.toLowerCase(Locale.ROOT))) throw new ShipmentFileException(file, 1, "the column '" + name + "' appears twice in the header");
            ShipmentColumn c = ShipmentColumn.of(name);
            if (c != null) {
                index[c.ordinal()] = i;
            } else {
                extraNames.add(name);
                extraIndex.add(i);
            }
        }
        String missing = ShipmentColumn.missingRequired(index, names, "the header");
        if (missing != null) throw new ShipmentFileException(file, 1, missing);
    }

    @Override
    public RawRow next() throws ShipmentFileException {
        CsvRecord r = advance();
        if (r == null) return null;
        long line = r.getStartingLineNumber();
        if (r.getFieldCount() != fieldCount) {
            return new RawRow(line, null, Map.of(), "the row has " + r.getFieldCount() + " fields, the header has " + fieldCount);
        }
        String[] values = new String[index.length];
        for (int c = 0; c < index.length; c++) values[c] = CsvRows.field(r, index[c]);
        Map<String, String> extras = Map.of();
        if (!extraIndex.isEmpty()) {
            extras = new LinkedHashMap<>();
            for (int k = 0; k < extraIndex.size(); k++) {
                String v = CsvRows.field(r, extraIndex.get(k));
                if (v != null) extras.put(extraNames.get(k), v);
            }
        }
        return new RawRow(line, values, extras, null);
    }

    private CsvRecord advance() throws ShipmentFileException {
        try {
            if (!rows.hasNext()) return null;
            CsvRecord r = rows.next();
            lastLine = r.getStartingLineNumber();
            return r;
        } catch (CsvParseException e) {
            throw new ShipmentFileException(file, lastLine + 1, "malformed CSV after this line: " + message(e), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ShipmentFileException(file, lastLine + 1, "invalid UTF-8 near this line (the file must be UTF-8)", e);
            }
            throw new ShipmentFileException(file, lastLine, "cannot read: " + e.getCause().getMessage(), e);
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() != null && t.getCause().getMessage() != null) t = t.getCause();
        return t.getMessage();
    }

    @Override
    public List<String> extraColumns() {
        return List.copyOf(extraNames);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
