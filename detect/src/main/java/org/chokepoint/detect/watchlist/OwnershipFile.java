package org.chokepoint.detect.watchlist;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.TextFile;
import org.chokepoint.country.Countries;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Ownership;
import org.chokepoint.model.Schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user's ownership relations: CSV (UTF-8, header row, comma) with columns {@code owner_id}, {@code asset_id},
 * {@code percentage} in any order, and optionally {@code role} ("shareholder", "director": the EU rule reads
 * control from it), {@code asset_name} and {@code asset_country}. Ids are entity ids ({@code ofac-sdn:12345},
 * {@code opensanctions:NK-...}) or ids of the user's own for companies no list names; an id without a source
 * prefix gets {@code user:} ({@code acme} is {@code user:acme}). A percentage is a number in [0, 100], with or
 * without "%"; it may be empty only when a role is given. An {@code asset_name} makes the asset an entity that
 * trade parties can be screened to, not itself listed ({@link #assets}; the first name given for an id wins),
 * so that a subsidiary no list carries can be found when listed owners hold it. A bad row is rejected with its
 * file, line, field and reason and the rest is used; a file that cannot be read, or lacks a required column,
 * is an error for the whole file. Each row becomes one {@link Ownership} with the id {@code user:FILE:LINE}.
 * Stateless.
 */
public final class OwnershipFile {
    /** The columns every file must have. */
    public static final List<String> REQUIRED = List.of("owner_id", "asset_id", "percentage");

    /** A rejected row. */
    public record Problem(String file, long line, String field, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + field + ": " + reason;
        }
    }

    /**
     * What a file held.
     *
     * @param file      the file name, as in messages
     * @param rows      data rows read (header and empty lines not counted)
     * @param relations the rows used, in file order
     * @param rejected  the rows rejected, in file order; {@code rows = relations.size() + rejected.size()}
     * @param assets    the assets the file names ({@code asset_name}), as entities no list names
     *                  ({@link OwnershipBlocks#listed} is false for them), in file order
     */
    public record Read(String file, long rows, List<Ownership> relations, List<Problem> rejected, List<Entity> assets) {
        public Read {
            relations = List.copyOf(relations);
            rejected = List.copyOf(rejected);
            assets = List.copyOf(assets);
        }

        public long used() {
            return relations.size();
        }
    }

    private OwnershipFile() {}

    /** Reads the file; see the class comment for what is rejected row by row and what fails the file. */
    public static Read read(Path path) throws ListFormatException {
        TextFile text = TextFile.read(path);
        List<CsvRecord> rows = CsvRows.parse(text);
        String file = text.name();
        if (rows.isEmpty()) throw new ListFormatException(file, 0, "the file is empty");
        Map<String, Integer> column = new HashMap<>();
        CsvRecord header = rows.getFirst();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip().toLowerCase(Locale.ROOT);
            if (column.putIfAbsent(name, i) != null)
                throw new ListFormatException(file, header.getStartingLineNumber(), "column " + name + " appears twice in the header");
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required))
                throw new ListFormatException(file, header.getStartingLineNumber(),
                        "no column " + required + " in the header; expected owner_id,asset_id,percentage[,role]");
        }
        int owner = column.get("owner_id"), asset = column.get("asset_id"), pct = column.get("percentage");
        int role = column.getOrDefault("role", -1), assetName = column.getOrDefault("asset_name", -1);
        int assetCountry = column.getOrDefault("asset_country", -1);
        List<Ownership> relations = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        Map<String, Entity> assets = new LinkedHashMap<>();
        for (CsvRecord row : rows.subList(1, rows.size())) {
            long line = row.getStartingLineNumber();
            String ownerId = entityId(CsvRows.field(row, owner)), assetId = entityId(CsvRows.field(row, asset)), roleText = CsvRows.field(row, role);
            String name = CsvRows.field(row, assetName), country = CsvRows.field(row, assetCountry);
            String percentText = CsvRows.field(row, pct);
            Problem problem = null;
            Double percent = null;
            if (ownerId == null) problem = new Problem(file, line, "owner_id", "empty");
            else if (assetId == null) problem = new Problem(file, line, "asset_id", "empty");
            else if (ownerId.equals(assetId)) problem = new Problem(file, line, "asset_id", "the same entity as owner_id (" + ownerId + ")");
            else if (percentText == null) {
                if (roleText == null) problem = new Problem(file, line, "percentage", "empty, and no role says what the relation is");
            } else {
                try {
                    percent = parsePercent(percentText);
                } catch (IllegalArgumentException e) {
                    problem = new Problem(file, line, "percentage", e.getMessage());
                }
            }
            if (problem == null && country != null && Countries.toIso2(country) == null)
                problem = new Problem(file, line, "asset_country", "not a country: " + country + " (write an ISO code such as RU)");
            if (problem != null) {
                rejected.add(problem);
                continue;
            }
            relations.add(new Ownership("user:" + file + ":" + line, ownerId, assetId, percent, roleText));
            if (name != null && !assets.containsKey(assetId)) assets.put(assetId, asset(assetId, name, country, file, line));
        }
        return new Read(file, rows.size() - 1L, relations, rejected, List.copyOf(assets.values()));
    }

    /** The id with a source prefix: {@code acme} → {@code user:acme}; null stays null. */
    static String entityId(String id) {
        if (id == null) return null;
        int colon = id.indexOf(':');
        return colon > 0 && colon < id.length() - 1 ? id : "user:" + (colon == 0 ? id.substring(1) : id);
    }

    /** An asset the file names: an entity that says, as OpenSanctions does, that no list targets it. */
    private static Entity asset(String id, String name, String country, String file, long line) {
        int colon = id.indexOf(':');
        return Entity.builder(id.substring(0, colon), id.substring(colon + 1)).list("ownership file " + file).schema(Schema.ORGANIZATION)
                .name(name, NameKind.PRIMARY).country(country == null ? null : Countries.toIso2(country))
                .raw("{\"id\": " + quote(id) + ", \"target\": false, \"source\": " + quote(file + ":" + line) + "}").build();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** "55", "55.5", "55 %" → 55.0; not a number, or outside [0, 100]: {@link IllegalArgumentException} with the reason. */
    static double parsePercent(String text) {
        String t = text.strip();
        if (t.endsWith("%")) t = t.substring(0, t.length() - 1).strip();
        // Plain decimals only: Double.parseDouble would also take "NaN", "1e2" or "55d".
        if (!t.matches("\\d{1,3}(\\.\\d+)?"))
            throw new IllegalArgumentException("not a number: \"" + text + "\" (write 55 or 55.5 or 55%)");
        double p = Double.parseDouble(t);
        if (!(p >= 0 && p <= 100)) throw new IllegalArgumentException(text + " is outside [0, 100]");
        return p;
    }
}
