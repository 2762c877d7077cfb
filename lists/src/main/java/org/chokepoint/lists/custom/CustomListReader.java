package org.chokepoint.lists.custom;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.country.Countries;
import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.lists.CsvHeader;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.ListReader;
import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.TextFile;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user's own list (internal denied parties, a partner's watch list) in CSV, with the columns named
 * by a {@link ColumnMapping}. The source is {@code custom:<name>} and entity ids
 * {@code custom:<name>:<id>}. Rows without id or name, and repeated ids, are rejected with their line;
 * a type or country the reader does not understand is counted in the warnings and the row kept.
 * Custom lists are loaded explicitly: {@link #recognises} accepts only files named {@code *.custom.csv}.
 * Immutable and thread-safe.
 */
public final class CustomListReader implements ListReader {
    private final String name;
    private final ColumnMapping mapping;

    /** A list named {@code name} ({@code [a-z0-9][a-z0-9_-]*}) with the columns of {@link ColumnMapping#defaults()}. */
    public CustomListReader(String name) {
        this(name, ColumnMapping.defaults());
    }

    public CustomListReader(String name, ColumnMapping mapping) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9_-]*"))
            throw new IllegalArgumentException("custom list name '" + name + "': use lower-case letters, digits, '_' and '-', starting with a letter or digit");
        if (mapping == null) throw new IllegalArgumentException("no column mapping");
        this.name = name;
        this.mapping = mapping;
    }

    @Override
    public String source() {
        return "custom:" + name;
    }

    @Override
    public String description() {
        return "Custom list '" + name + "' (CSV)";
    }

    @Override
    public boolean recognises(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".custom.csv");
    }

    @Override
    public ListLoad read(Path path) throws ListFormatException {
        TextFile file = TextFile.read(path);
        List<CsvRecord> rows = CsvRows.parse(file);
        CsvHeader header = CsvHeader.of(file.name(), rows.get(0));
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> col = new HashMap<>();
        for (String key : ColumnMapping.KEYS) {
            String column = mapping.column(key);
            if (column == null) continue;
            int i = header.index(column);
            if (i < 0 && (key.equals("id") || key.equals("name")))
                throw new ListFormatException(file.name(), 1, "no column '" + column + "' (the " + key + ") in the header; the columns are: "
                        + String.join(", ", header.names()));
            if (i < 0 && !column.equals(ColumnMapping.defaults().column(key)))
                warnings.add("column '" + column + "' (the " + key + ") is not in the header: not read");
            if (i >= 0) col.put(key, i);
        }
        Rows r = new Rows(file.name(), col);
        for (CsvRecord row : rows.subList(1, rows.size())) r.add(row);
        warnings.addAll(r.warnings());
        return new ListLoad(source(), r.entities, List.of(), r.rejections, warnings, List.of(file.source()), null, rows.size() - 1L);
    }

    /** The rows of one read: entities, rejections and what was not understood. */
    private final class Rows {
        final String file;
        final Map<String, Integer> col;
        final List<Entity> entities = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();
        final Map<String, Long> firstLine = new HashMap<>();
        int badTypes;
        int badCountries;
        String badExample;

        Rows(String file, Map<String, Integer> col) {
            this.file = file;
            this.col = col;
        }

        String get(CsvRecord row, String key) {
            Integer i = col.get(key);
            return i == null ? null : CsvRows.field(row, i);
        }

        void add(CsvRecord row) {
            long line = row.getStartingLineNumber();
            String id = get(row, "id");
            String primary = get(row, "name");
            if (id == null) {
                rejections.add(new Rejection(file, line, mapping.id(), "no id"));
                return;
            }
            if (primary == null) {
                rejections.add(new Rejection(file, line, mapping.name(), "no name for id " + id));
                return;
            }
            Long first = firstLine.putIfAbsent(id, line);
            if (first != null) {
                rejections.add(new Rejection(file, line, mapping.id(), "duplicate id " + id + " (first on line " + first + ")"));
                return;
            }
            Entity.Builder b = Entity.builder(source(), id).list(name).raw(CsvRows.raw(row)).name(primary, NameKind.PRIMARY);
            for (String alias : split(get(row, "aliases"))) b.name(alias, NameKind.AKA);
            String type = get(row, "type");
            Schema schema = Schema.parse(type);
            if (type != null && schema == Schema.UNKNOWN) note(line, "type '" + type + "'", true);
            b.schema(schema);
            for (String c : split(get(row, "country"))) {
                String iso = Countries.toIso2(c);
                if (iso == null) note(line, "country '" + c + "'", false);
                b.country(iso);
            }
            IdentifierText.parse(get(row, "identifiers")).forEach(b::identifier);
            for (String a : split(get(row, "address"))) b.address(new Address(a, null, null, null, null, null));
            for (String p : split(get(row, "program"))) b.program(p);
            b.remarks(get(row, "remarks"));
            entities.add(b.build());
        }

        private void note(long line, String what, boolean type) {
            if (type) badTypes++;
            else badCountries++;
            if (badExample == null) badExample = what + " on line " + line;
        }

        List<String> warnings() {
            List<String> out = new ArrayList<>();
            if (badTypes > 0) out.add(badTypes + " rows with a type that is not person, organization, vessel or aircraft: kept as unknown");
            if (badCountries > 0) out.add(badCountries + " countries not recognised: not used");
            if (badExample != null) out.add("first not understood: " + badExample);
            return out;
        }
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) return out;
        for (String part : field.split(";")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }
}
