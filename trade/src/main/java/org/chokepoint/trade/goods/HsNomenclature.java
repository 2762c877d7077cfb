package org.chokepoint.trade.goods;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.lists.CsvHeader;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.TextFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HS 2022 nomenclature: chapters (2 digits), headings (4) and subheadings (6) with their
 * descriptions, read from the {@code harmonized-system.csv} of datasets/harmonized-system (columns
 * {@code section, hscode, description, parent, level}; the file starts with a UTF-8 byte-order mark,
 * which {@link TextFile} strips). The file is optional: without it, {@link #empty()} knows no
 * descriptions and classification still works. Immutable and thread-safe.
 */
public final class HsNomenclature {
    /** Where the shared data folder keeps the file, relative to the repository's working directory. */
    public static final Path SHARED_FILE = Path.of("..", "shared", "data", "hs", "harmonized-system.csv");

    /** One line of the nomenclature. */
    public record Entry(String code, String description, int level, String parent, String section) {}

    private static final HsNomenclature EMPTY = new HsNomenclature(Map.of(), null);

    private final Map<String, Entry> entries;
    private final Path file;

    private HsNomenclature(Map<String, Entry> entries, Path file) {
        this.entries = entries;
        this.file = file;
    }

    /** No nomenclature: every description is absent. */
    public static HsNomenclature empty() {
        return EMPTY;
    }

    /** Reads the nomenclature file. */
    public static HsNomenclature read(Path file) throws ListFormatException {
        TextFile text = TextFile.read(file);
        List<CsvRecord> rows = CsvRows.parse(text);
        if (rows.isEmpty()) throw new ListFormatException(text.name(), 1, "no header row");
        CsvHeader header = CsvHeader.of(text.name(), rows.get(0));
        int code = header.require("hscode"), desc = header.require("description"), level = header.index("level"),
                parent = header.index("parent"), section = header.index("section");
        Map<String, Entry> entries = new HashMap<>();
        for (CsvRecord r : rows.subList(1, rows.size())) {
            String c = CsvRows.field(r, code);
            if (c == null) continue;
            String lv = CsvRows.field(r, level);
            int lvl = lv != null && lv.matches("\\d+") ? Integer.parseInt(lv) : c.length();
            entries.put(c, new Entry(c, CsvRows.field(r, desc), lvl, CsvRows.field(r, parent), CsvRows.field(r, section)));
        }
        if (entries.isEmpty()) throw new ListFormatException(text.name(), 0, "no HS codes in the file");
        return new HsNomenclature(Map.copyOf(entries), file);
    }

    /**
     * The nomenclature from the first of the given files that exists, or {@link #empty()} when none
     * does. A file that exists but cannot be read is an error, not a silent fallback.
     */
    public static HsNomenclature firstExisting(List<Path> candidates) throws ListFormatException {
        for (Path p : candidates) {
            if (p != null && java.nio.file.Files.isRegularFile(p)) return read(p);
        }
        return EMPTY;
    }

    /** The entry of a chapter, heading or subheading code. */
    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** The file read, or null for {@link #empty()}. */
    public Path file() {
        return file;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Number of codes (chapters, headings and subheadings). */
    public int size() {
        return entries.size();
    }
}
