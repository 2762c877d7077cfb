package org.chokepoint.lists.csl;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.ListReader;
import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.TextFile;
import org.chokepoint.model.Entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the US Consolidated Screening List in trade.gov's CSV columns into entities with ids
 * {@code us-csl:<_id>}. Stateless and thread-safe.
 *
 * <p>The same {@code _id} can appear on two rows from different lists: OFAC uses its entity number as
 * {@code _id}, and a party on both the SSI and NS-MBS lists (or SDN and PLC) gets one row per list. Entity
 * ids must be unique, so the first row keeps {@code <_id>} and a later one becomes
 * {@code <_id>-<list code>} ("17014-SSI"), with a warning; a repeat within the same list is rejected.
 */
public final class CslReader implements ListReader {
    public static final String SOURCE = "us-csl";
    private static final String HEADER_START = "_id,source,entity_number";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "US Consolidated Screening List (trade.gov CSV): OFAC, BIS and State Department lists in one file";
    }

    @Override
    public boolean recognises(Path path) {
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) return false;
        String head = TextFile.head(path, 64);
        return head != null && head.startsWith(HEADER_START);
    }

    @Override
    public ListLoad read(Path path) throws ListFormatException {
        TextFile file = TextFile.read(path);
        List<CsvRecord> rows = CsvRows.parse(file);
        if (rows.isEmpty()) throw new ListFormatException(file.name(), 0, "the file is empty");
        CslColumns columns = CslColumns.of(file.name(), rows.get(0));
        List<Entity> entities = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long read = 0;
        for (CsvRecord row : rows.subList(1, rows.size())) {
            if (columns.isHeader(row)) continue;
            read++;
            long line = row.getStartingLineNumber();
            if (row.getFieldCount() != columns.size()) {
                rejections.add(new Rejection(file.name(), line, null,
                        "expected " + columns.size() + " fields, found " + row.getFieldCount()));
                continue;
            }
            String id = columns.get(row, "_id");
            if (id == null) {
                rejections.add(new Rejection(file.name(), line, "_id", "no _id"));
                continue;
            }
            if (columns.get(row, "name") == null) {
                rejections.add(new Rejection(file.name(), line, "name", "no name"));
                continue;
            }
            if (!ids.add(id)) {
                String unique = id + "-" + CslMapper.listCode(columns.get(row, "source"));
                if (!ids.add(unique)) {
                    rejections.add(new Rejection(file.name(), line, "_id", "duplicate _id " + id + " on the same list"));
                    continue;
                }
                renamed.add(unique);
                id = unique;
            }
            entities.add(CslMapper.map(id, row, columns));
        }
        List<String> warnings = new ArrayList<>();
        if (!renamed.isEmpty()) {
            warnings.add(renamed.size() + " rows repeat an _id already used by another list and were given ids <_id>-<list>: "
                    + String.join(", ", renamed));
        }
        return new ListLoad(SOURCE, entities, List.of(), rejections, warnings, List.of(file.source()), null, read);
    }
}
