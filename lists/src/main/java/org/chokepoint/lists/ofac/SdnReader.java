package org.chokepoint.lists.ofac;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.country.Countries;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.ListReader;
import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.SourceFile;
import org.chokepoint.lists.TextFile;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the OFAC SDN legacy CSV files. Given a folder, it joins {@code sdn.csv} with {@code add.csv},
 * {@code alt.csv} and {@code sdn_comments.csv} when they are there; given one file, it reads that file
 * alone (dated snapshots such as {@code history/sdn-2024-02-20.csv}).
 *
 * <p>Quirks handled: no header row; {@code -0-} (often with a trailing space) means null; the files end
 * with a 0x1A byte; rows of the side files whose {@code ent_num} is not in sdn.csv ("orphans", which
 * happen when the files come from different days) are counted and reported, not fatal; the remarks
 * field overflows into sdn_comments.csv mid-word, so the two are joined where they overlap.
 */
public final class SdnReader implements ListReader {
    public static final String SOURCE = "ofac-sdn";
    static final String LIST = "OFAC SDN";
    private static final String DETAILS = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "OFAC Specially Designated Nationals, legacy CSV (sdn.csv + add.csv + alt.csv + sdn_comments.csv)";
    }

    @Override
    public boolean recognises(Path path) {
        if (Files.isDirectory(path)) return Files.isRegularFile(path.resolve("sdn.csv"));
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.startsWith("sdn") || !name.endsWith(".csv") || name.startsWith("sdn_comments")) return false;
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.matches("^\\d+,\".*");
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    @Override
    public ListLoad read(Path path) throws ListFormatException {
        boolean folder = Files.isDirectory(path);
        Path sdnPath = folder ? path.resolve("sdn.csv") : path;
        List<SourceFile> files = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        TextFile sdn = TextFile.read(sdnPath);
        files.add(sdn.source());
        Map<String, Entity.Builder> builders = new LinkedHashMap<>();
        Map<String, StringBuilder> raw = new LinkedHashMap<>();
        Map<String, String> remarks = new LinkedHashMap<>();
        long read = 0;
        for (CsvRecord row : CsvRows.parse(sdn)) {
            read++;
            SdnRow r = SdnRow.of(sdn.name(), row, 12, rejections);
            if (r == null) continue;
            String entNum = r.field(0);
            if (builders.containsKey(entNum)) {
                rejections.add(new Rejection(sdn.name(), row.getStartingLineNumber(), "ent_num", "duplicate ent_num " + entNum));
                continue;
            }
            Entity.Builder b = Entity.builder(SOURCE, entNum).list(LIST).schema(schema(r.field(2)))
                    .sourceUrl(DETAILS + entNum).name(r.field(1), NameKind.PRIMARY);
            SdnPrograms.split(r.field(3)).forEach(b::program);
            b.country(Countries.toIso2(r.field(9)));
            builders.put(entNum, b);
            raw.put(entNum, new StringBuilder(CsvRows.raw(row)));
            if (r.field(11) != null) remarks.put(entNum, r.field(11));
        }
        if (builders.isEmpty()) throw new ListFormatException(sdn.name(), 0, "no SDN rows could be read (is this an sdn.csv file?)");

        if (folder) {
            Path comments = path.resolve("sdn_comments.csv");
            if (Files.isRegularFile(comments)) read += readComments(comments, remarks, files, rejections, warnings);
            Path add = path.resolve("add.csv");
            if (Files.isRegularFile(add)) read += readAddresses(add, builders, raw, files, rejections, warnings);
            Path alt = path.resolve("alt.csv");
            if (Files.isRegularFile(alt)) read += readAliases(alt, builders, raw, files, rejections, warnings);
        }

        List<Entity> entities = new ArrayList<>(builders.size());
        for (Map.Entry<String, Entity.Builder> e : builders.entrySet()) {
            Entity.Builder b = e.getValue();
            String text = remarks.get(e.getKey());
            if (text != null) {
                b.remarks(text);
                SdnRemarks.Parsed parsed = SdnRemarks.parse(text);
                parsed.identifiers().forEach(b::identifier);
                parsed.aliases().forEach(a -> b.name(a.name(), a.kind()));
                parsed.countries().forEach(b::country);
            }
            entities.add(b.raw(raw.get(e.getKey()).toString()).build());
        }
        return new ListLoad(SOURCE, entities, List.of(), rejections, warnings, files, null, read);
    }

    private static Schema schema(String type) {
        // The SDN type column is empty ("-0-") for entities and names the others.
        return type == null ? Schema.ORGANIZATION : Schema.parse(type);
    }

    private static long readComments(Path path, Map<String, String> remarks, List<SourceFile> files,
                                     List<Rejection> rejections, List<String> warnings) throws ListFormatException {
        TextFile f = TextFile.read(path);
        files.add(f.source());
        long read = 0;
        int orphans = 0;
        for (CsvRecord row : CsvRows.parse(f)) {
            read++;
            SdnRow r = SdnRow.of(f.name(), row, 2, rejections);
            if (r == null) continue;
            String ent = r.field(0);
            String more = row.getField(1);
            if (!remarks.containsKey(ent)) {
                orphans++;
                continue;
            }
            remarks.put(ent, Overlap.join(remarks.get(ent), more));
        }
        if (orphans > 0) warnings.add(f.name() + ": " + orphans + " rows for ent_nums not in sdn.csv (orphans, ignored)");
        return read;
    }

    private static long readAddresses(Path path, Map<String, Entity.Builder> builders, Map<String, StringBuilder> raw,
                                      List<SourceFile> files, List<Rejection> rejections, List<String> warnings) throws ListFormatException {
        return readSideFile(path, 6, builders, raw, files, rejections, warnings, (file, row, r, b) -> {
            String countryName = r.field(4);
            b.address(new Address(r.field(2), r.field(3), null, null, Countries.toIso2(countryName), countryName));
            return true;
        });
    }

    private static long readAliases(Path path, Map<String, Entity.Builder> builders, Map<String, StringBuilder> raw,
                                    List<SourceFile> files, List<Rejection> rejections, List<String> warnings) throws ListFormatException {
        return readSideFile(path, 5, builders, raw, files, rejections, warnings, (file, row, r, b) -> {
            if (r.field(3) == null) {
                rejections.add(new Rejection(file, row.getStartingLineNumber(), "alt_name", "empty alias"));
                return false;
            }
            String remark = r.field(4);
            NameKind kind = remark != null && remark.toLowerCase(Locale.ROOT).contains("low quality") ? NameKind.WEAK_AKA : NameKind.parse(r.field(2));
            b.name(r.field(3), kind);
            return true;
        });
    }

    /** What one row of a side file adds to its entity; false when the row was rejected. */
    private interface SideRow {
        boolean apply(String file, CsvRecord row, SdnRow r, Entity.Builder entity);
    }

    /** Reads add.csv or alt.csv: each row joins its entity by ent_num; rows of unknown entities are counted as orphans. */
    private static long readSideFile(Path path, int fields, Map<String, Entity.Builder> builders, Map<String, StringBuilder> raw,
                                     List<SourceFile> files, List<Rejection> rejections, List<String> warnings, SideRow apply) throws ListFormatException {
        TextFile f = TextFile.read(path);
        files.add(f.source());
        long read = 0;
        TreeMap<String, Integer> orphans = new TreeMap<>();
        for (CsvRecord row : CsvRows.parse(f)) {
            read++;
            SdnRow r = SdnRow.of(f.name(), row, fields, rejections);
            if (r == null) continue;
            Entity.Builder b = builders.get(r.field(0));
            if (b == null) {
                orphans.merge(r.field(0), 1, Integer::sum);
                continue;
            }
            if (apply.apply(f.name(), row, r, b)) raw.get(r.field(0)).append('\n').append(f.name()).append(": ").append(CsvRows.raw(row));
        }
        if (!orphans.isEmpty()) warnings.add(orphanWarning(f.name(), orphans));
        return read;
    }

    private static String orphanWarning(String file, TreeMap<String, Integer> orphans) {
        int rows = orphans.values().stream().mapToInt(Integer::intValue).sum();
        return file + ": " + rows + " rows for " + orphans.size() + " ent_nums not in sdn.csv (orphans, ignored; the files are from different days)";
    }
}
