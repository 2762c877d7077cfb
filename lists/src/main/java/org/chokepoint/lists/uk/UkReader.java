package org.chokepoint.lists.uk;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.ListReader;
import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.SourceFile;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UK Sanctions List as a folder of normalised tables keyed by the UK list ID ({@code unique_id}):
 * subjects.csv and subject_names.csv (required), subject_identifiers.csv, subject_countries.csv and
 * subject_dobs.csv (optional). The tables repeat many rows; repeats are read once. Rows of the child
 * tables naming a subject that subjects.csv lacks are counted in the warnings. Stateless and thread-safe.
 *
 * <p>Programs are the regime prefix of the ID ({@link UkSubject#regime}); the UN reference number is
 * kept as an OTHER identifier labelled "UN reference" and in the remarks; dates of birth go to the
 * remarks. The published date is the newest {@code last_updated}: the tables state no other.
 */
public final class UkReader implements ListReader {
    public static final String SOURCE = "uk-sanctions";
    static final String LIST = "UK Sanctions List";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "UK Sanctions List (FCDO), normalised tables: subjects.csv, subject_names.csv, ...";
    }

    @Override
    public boolean recognises(Path path) {
        return Files.isDirectory(path) && Files.isRegularFile(path.resolve("subjects.csv")) && Files.isRegularFile(path.resolve("subject_names.csv"));
    }

    /** Reads the folder; given one of its files, reads the folder that holds it. */
    @Override
    public ListLoad read(Path path) throws ListFormatException {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        List<Rejection> rejections = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        UkTable subjects = UkTable.read(dir, "subjects.csv", true);
        files.add(subjects.source());
        Map<String, UkSubject> byId = new LinkedHashMap<>();
        LocalDate published = subjects(subjects, byId, rejections, warnings);
        long records = subjects.rows().size();

        UkTable names = UkTable.read(dir, "subject_names.csv", true);
        records += children(names, byId, files, warnings, rejections, (s, t, row) -> {
            String name = field(t, row, "full_name");
            if (name == null) return "blank full_name";
            s.name(name, field(t, row, "name_type"), field(t, row, "alias_strength"));
            return null;
        }, "full_name", "name_type");
        UkTable ids = UkTable.read(dir, "subject_identifiers.csv", false);
        records += children(ids, byId, files, warnings, rejections, (s, t, row) -> {
            String value = field(t, row, "raw_value");
            if (value == null) return "blank raw_value";
            s.identifier(value, field(t, row, "identifier_type"), field(t, row, "additional_info"));
            return null;
        }, "raw_value", "identifier_type");
        UkTable countries = UkTable.read(dir, "subject_countries.csv", false);
        records += children(countries, byId, files, warnings, rejections, (s, t, row) -> {
            s.country(field(t, row, "iso"), field(t, row, "raw_value"), field(t, row, "country_type"));
            return null;
        }, "raw_value");
        UkTable dobs = UkTable.read(dir, "subject_dobs.csv", false);
        records += children(dobs, byId, files, warnings, rejections, (s, t, row) -> {
            s.dob(field(t, row, "year"), field(t, row, "month"), field(t, row, "day"));
            return null;
        }, "year");

        List<Entity> entities = new ArrayList<>();
        for (UkSubject s : byId.values()) {
            if (s.hasName()) entities.add(s.build());
            else rejections.add(new Rejection(subjects.name(), s.line, null, s.uniqueId + " has no name in subject_names.csv"));
        }
        return new ListLoad(SOURCE, entities, List.of(), rejections, warnings, files, published, records);
    }

    private static LocalDate subjects(UkTable t, Map<String, UkSubject> byId, List<Rejection> rejections, List<String> warnings) throws ListFormatException {
        int id = t.header().require("unique_id");
        int type = t.header().require("subject_type");
        int badDates = 0;
        LocalDate published = null;
        for (CsvRecord row : t.rows()) {
            long line = row.getStartingLineNumber();
            String uniqueId = CsvRows.field(row, id);
            if (uniqueId == null) {
                rejections.add(new Rejection(t.name(), line, "unique_id", "no unique_id"));
                continue;
            }
            if (byId.containsKey(uniqueId)) {
                rejections.add(new Rejection(t.name(), line, "unique_id", "duplicate unique_id " + uniqueId + " (first on line " + byId.get(uniqueId).line + ")"));
                continue;
            }
            String designatedText = field(t, row, "date_designated");
            LocalDate designated = date(designatedText);
            if (designatedText != null && designated == null) badDates++;
            LocalDate updated = date(field(t, row, "last_updated"));
            if (updated != null && (published == null || updated.isAfter(published))) published = updated;
            byId.put(uniqueId, new UkSubject(uniqueId, line, Schema.parse(CsvRows.field(row, type)),
                    field(t, row, "un_reference_number"), designated, CsvRows.raw(row)));
        }
        if (badDates > 0) warnings.add(badDates + " subjects with a date_designated not in dd/MM/yyyy: kept without a designation date");
        return published;
    }

    /** What a child table row adds to its subject; returns why the row is rejected, or null. */
    private interface RowMapper {
        String apply(UkSubject subject, UkTable table, CsvRecord row);
    }

    private static long children(UkTable t, Map<String, UkSubject> byId, List<SourceFile> files, List<String> warnings,
                                 List<Rejection> rejections, RowMapper mapper, String... required) throws ListFormatException {
        if (t == null) return 0;
        files.add(t.source());
        int id = t.header().require("unique_id");
        for (String column : required) t.header().require(column);
        int orphans = 0;
        for (CsvRecord row : t.rows()) {
            String uniqueId = CsvRows.field(row, id);
            UkSubject s = uniqueId == null ? null : byId.get(uniqueId);
            if (s == null) {
                orphans++;
                continue;
            }
            if (!s.firstTime(t.name(), row)) continue;
            String reason = mapper.apply(s, t, row);
            if (reason != null) rejections.add(new Rejection(t.name(), row.getStartingLineNumber(), null, reason));
        }
        if (orphans > 0) warnings.add(orphans + " rows of " + t.name() + " name no subject in subjects.csv: not used");
        return t.rows().size();
    }

    private static String field(UkTable t, CsvRecord row, String column) {
        return CsvRows.field(row, t.header().index(column));
    }

    private static LocalDate date(String dmy) {
        if (dmy == null) return null;
        try {
            return LocalDate.parse(dmy, DMY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
