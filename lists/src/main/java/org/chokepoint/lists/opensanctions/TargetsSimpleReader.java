package org.chokepoint.lists.opensanctions;

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
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenSanctions "targets.simple.csv" export: one row per sanctioned entity, multi-valued fields
 * separated by ';'. Stateless and thread-safe.
 *
 * <p>What the columns carry, and what this reader makes of them:
 * <ul>
 * <li>{@code identifiers} holds bare values with no type: they are typed by shape ("IMO" and 7 digits;
 *     INN, OGRN and LEI by their check digits), the rest kept as OTHER, with the row's country when it
 *     has exactly one. On companies the IMO number is the IMO company number ({@link ImoNumbers}).</li>
 * <li>{@code sanctions} is free text: in the Ukraine War and Sanctions export it is the reason for
 *     listing (often wrapped in quotes, and an empty value written as {@code ""}), not a program, and
 *     it may itself contain ';'. It goes whole into the remarks; programs come from {@code program_ids}.</li>
 * <li>{@code first_seen} is when OpenSanctions first saw the entity, not a legal designation date.
 *     The export gives no better date, so {@code designated} holds it.</li>
 * <li>{@code birth_date} has no place in the entity model and is appended to the remarks.</li>
 * <li>The published date is the newest {@code last_seen}: the day the export was last crawled.</li>
 * </ul>
 */
public final class TargetsSimpleReader implements ListReader {
    public static final String SOURCE = "opensanctions";
    private static final String HEADER = "id,schema,name,aliases";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "OpenSanctions targets.simple.csv export (one row per sanctioned entity)";
    }

    @Override
    public boolean recognises(Path path) {
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) return false;
        String head = TextFile.head(path, 256);
        return head != null && head.replace("\"", "").strip().toLowerCase(Locale.ROOT).startsWith(HEADER);
    }

    @Override
    public ListLoad read(Path path) throws ListFormatException {
        TextFile file = TextFile.read(path);
        List<CsvRecord> rows = CsvRows.parse(file);
        if (rows.isEmpty()) throw new ListFormatException(file.name(), 0, "the file is empty");
        CsvHeader header = CsvHeader.of(file.name(), rows.get(0));
        Columns c = new Columns(header);
        List<Entity> entities = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        LocalDate published = null;
        for (CsvRecord row : rows.subList(1, rows.size())) {
            long line = row.getStartingLineNumber();
            String id = CsvRows.field(row, c.id);
            String name = CsvRows.field(row, c.name);
            if (id == null) {
                rejections.add(new Rejection(file.name(), line, "id", "no id"));
                continue;
            }
            if (name == null) {
                rejections.add(new Rejection(file.name(), line, "name", "no name for " + id));
                continue;
            }
            Long first = firstLine.putIfAbsent(id, line);
            if (first != null) {
                rejections.add(new Rejection(file.name(), line, "id", "duplicate id " + id + " (first on line " + first + ")"));
                continue;
            }
            entities.add(entity(row, c, id, name));
            LocalDate seen = date(CsvRows.field(row, c.lastSeen));
            if (seen != null && (published == null || seen.isAfter(published))) published = seen;
        }
        return new ListLoad(SOURCE, entities, List.of(), rejections, List.of(), List.of(file.source()), published, rows.size() - 1L);
    }

    private static Entity entity(CsvRecord row, Columns c, String id, String name) {
        Schema schema = Schema.parse(CsvRows.field(row, c.schema));
        String dataset = CsvRows.field(row, c.dataset);
        Entity.Builder b = Entity.builder(SOURCE, id).list(dataset != null ? dataset : "OpenSanctions").schema(schema)
                .raw(CsvRows.raw(row)).name(name, NameKind.PRIMARY);
        for (String alias : split(CsvRows.field(row, c.aliases))) b.name(alias, NameKind.AKA);
        List<String> countries = new ArrayList<>();
        for (String code : split(CsvRows.field(row, c.countries))) {
            String iso = Countries.toIso2(code);
            if (iso != null && !countries.contains(iso)) countries.add(iso);
        }
        countries.forEach(b::country);
        for (String address : split(CsvRows.field(row, c.addresses))) b.address(new Address(address, null, null, null, null, null));
        String onlyCountry = countries.size() == 1 ? countries.get(0) : null;
        for (String value : split(CsvRows.field(row, c.identifiers))) b.identifier(identifier(value, schema, onlyCountry));
        for (String program : split(CsvRows.field(row, c.programs))) b.program(program);
        b.designated(date(CsvRows.field(row, c.firstSeen)));
        b.remarks(remarks(CsvRows.field(row, c.sanctions), CsvRows.field(row, c.birthDate)));
        return b.build();
    }

    static Identifier identifier(String value, Schema schema, String onlyCountry) {
        Identifier typed = IdentifierText.recognise(value, null, null);
        if (typed != null && typed.type() == IdentifierType.IMO) return ImoNumbers.of(value, schema, null);
        if (typed != null) return typed;
        return Identifier.of(IdentifierType.OTHER, value, onlyCountry, null);
    }

    /** The sanctions text without the quotes the export wraps it in; {@code ""} means none. */
    private static String remarks(String sanctions, String birthDate) {
        String text = sanctions == null ? "" : sanctions.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) text = text.substring(1, text.length() - 1).strip();
        if (birthDate != null) text = (text.isEmpty() ? "" : text + "\n") + "Date of birth: " + String.join(", ", split(birthDate));
        return text;
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) return out;
        for (String part : field.split(";")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    /** The date part of an ISO date or date-time ("2025-10-06T14:15:21"), or null. */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) return null;
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Column indexes, found by name: id, schema and name are required, the rest optional. */
    private static final class Columns {
        final int id, schema, name, aliases, birthDate, countries, addresses, identifiers, sanctions, programs, dataset, firstSeen, lastSeen;

        Columns(CsvHeader h) throws ListFormatException {
            id = h.require("id");
            schema = h.require("schema");
            name = h.require("name");
            aliases = h.index("aliases");
            birthDate = h.index("birth_date");
            countries = h.index("countries");
            addresses = h.index("addresses");
            identifiers = h.index("identifiers");
            sanctions = h.index("sanctions");
            programs = h.index("program_ids");
            dataset = h.index("dataset");
            firstSeen = h.index("first_seen");
            lastSeen = h.index("last_seen");
        }
    }
}
