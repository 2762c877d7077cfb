package org.chokepoint.trade.goods;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Common High Priority List: 50 HS-6 codes in six tiers (February 2024 version), shipped with the
 * project as {@code chpl_hs6.csv} beside this class, whose comment lines say where it comes from.
 * Immutable and thread-safe.
 */
public final class Chpl {
    /** The version of the list the shipped table is. */
    public static final String VERSION = "CHPL February 2024 (50 HS-6 codes)";
    private static final String RESOURCE = "chpl_hs6.csv";
    private static volatile Chpl standard;

    private final Map<String, ChplItem> items;

    private Chpl(Map<String, ChplItem> items) {
        this.items = Collections.unmodifiableMap(items);
    }

    /** The list shipped with the project. */
    public static Chpl standard() {
        Chpl c = standard;
        if (c == null) {
            try (InputStream in = Chpl.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing from the build");
                c = parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
            }
            standard = c;
        }
        return c;
    }

    /**
     * A list in the shipped layout (CSV with the columns {@code tier, hs6} and optionally
     * {@code hs2022_description}; lines starting with '#' are comments).
     *
     * @throws IllegalArgumentException naming the line when a row is not a tier and an HS-6 code
     */
    public static Chpl parse(String name, String csv) {
        Map<String, ChplItem> items = new LinkedHashMap<>();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP).skipEmptyLines(true).ofCsvRecord(text)) {
            int tierCol = -1, hs6Col = -1, descCol = -1;
            for (CsvRecord r : reader) {
                if (tierCol < 0) {
                    List<String> header = r.getFields().stream().map(String::strip).toList();
                    tierCol = header.indexOf("tier");
                    hs6Col = header.indexOf("hs6");
                    descCol = header.indexOf("hs2022_description");
                    if (tierCol < 0 || hs6Col < 0) throw new IllegalArgumentException(name + ":" + r.getStartingLineNumber() + ": the header needs the columns tier and hs6");
                    continue;
                }
                ChplTier tier = ChplTier.of(r.getField(tierCol));
                String hs6 = r.getField(hs6Col).strip();
                if (tier == null || hs6.length() != 6 || HsCode.problem(hs6) != null) {
                    throw new IllegalArgumentException(name + ":" + r.getStartingLineNumber() + ": not a CHPL tier and HS-6 code: " + r.getFields());
                }
                String desc = descCol >= 0 && descCol < r.getFieldCount() ? r.getField(descCol).strip() : "";
                if (items.putIfAbsent(hs6, new ChplItem(hs6, tier, desc)) != null) {
                    throw new IllegalArgumentException(name + ":" + r.getStartingLineNumber() + ": " + hs6 + " listed twice");
                }
            }
        } catch (CsvParseException | IOException e) {
            throw new IllegalArgumentException(name + ": malformed CSV: " + e.getMessage(), e);
        }
        return new Chpl(items);
    }

    /** The item for an HS-6 subheading, if it is on the list. */
    public Optional<ChplItem> item(String hs6) {
        return Optional.ofNullable(items.get(hs6));
    }

    /** Every item, in list order (tier, then code). */
    public List<ChplItem> items() {
        return List.copyOf(items.values());
    }

    public int size() {
        return items.size();
    }
}
