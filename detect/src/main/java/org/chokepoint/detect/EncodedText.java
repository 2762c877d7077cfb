package org.chokepoint.detect;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A text column of the work database selected as {@code encode(column)}, a BLOB of its UTF-8 bytes, and decoded here. The
 * JDBC driver decodes each VARCHAR value through a {@code CharsetDecoder} over a direct buffer, which on the quick compiler
 * cost twice as much as DuckDB's whole query for parties.jsonl's two million record ids (a harness on the 1M file: 1.7-2.4
 * CPU-s for the query read as text, 0.80-0.86 read as bytes). The same String: DuckDB's text is valid UTF-8.
 */
public final class EncodedText {
    private EncodedText() {}

    /** The text of column {@code column} (selected as {@code encode(...)}) of the current row; null for SQL NULL. */
    public static String of(ResultSet rs, int column) throws SQLException {
        byte[] utf8 = rs.getBytes(column);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }
}
