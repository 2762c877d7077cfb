package org.chokepoint.lists.ofac;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.lists.Rejection;

import java.util.List;

/** One row of an SDN legacy CSV file, with {@code -0-} read as null and the field count checked. */
record SdnRow(CsvRecord row) {

    /** The row, or null after adding a rejection when it has the wrong field count or no numeric ent_num. */
    static SdnRow of(String file, CsvRecord row, int fields, List<Rejection> rejections) {
        if (row.getFieldCount() != fields) {
            rejections.add(new Rejection(file, row.getStartingLineNumber(), null,
                    "expected " + fields + " fields, found " + row.getFieldCount()));
            return null;
        }
        SdnRow r = new SdnRow(row);
        String ent = r.field(0);
        if (ent == null || !ent.chars().allMatch(Character::isDigit)) {
            rejections.add(new Rejection(file, row.getStartingLineNumber(), "ent_num", "not a number: " + row.getField(0)));
            return null;
        }
        if (fields == 12 && r.field(1) == null) {
            rejections.add(new Rejection(file, row.getStartingLineNumber(), "SDN_Name", "empty name"));
            return null;
        }
        return r;
    }

    /** The field stripped, or null for {@code -0-} and blanks. */
    String field(int i) {
        if (i >= row.getFieldCount()) return null;
        String v = row.getField(i).strip();
        return v.isEmpty() || v.equals("-0-") ? null : v;
    }
}
