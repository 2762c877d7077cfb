package org.chokepoint.detect.findings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The joined ids write the very bytes Jackson writes for the ids one string at a time, whatever the ids hold. */
class RecordIdsTest {
    private static final JsonFactory JSON = new JsonFactory();

    @Test
    void joinedIdsWriteWhatJacksonWritesOneAtATime() throws Exception {
        List<List<String>> parties = List.of(
                List.of("SYN-00000001", "SYN-00000002", "SYN-00000003"),
                List.of("only"),
                List.of("Ид-17", "报关单-9", "emoji-\uD83D\uDE80", "ä/ö"),
                List.of("quote\"d", "plain"),
                List.of("back\\slash", "\\x41", "tab\there", "new\nline"),
                List.of("unit\u001Fseparator", "other", "12:3:abc", "-:"),
                Arrays.asList("before-null", null, "after-null"),
                List.of("\u001F", "\u001F\u001F"),
                List.of(""),
                List.of("", ""));
        try (DuckDBConnection conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
             Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE trade (idx BIGINT, seller INTEGER, buyer INTEGER)");
            s.execute("CREATE TABLE rid (idx BIGINT, record_id VARCHAR)");
            long idx = 0;
            for (int p = 0; p < parties.size(); p++) {
                for (String id : parties.get(p)) {
                    try (PreparedStatement t = conn.prepareStatement("INSERT INTO trade VALUES (?, ?, 999)");
                         PreparedStatement r = conn.prepareStatement("INSERT INTO rid VALUES (?, ?)")) {
                        // Inserted in reverse record order: the joined ids come in record order all the same.
                        long at = 1000 - idx++;
                        t.setLong(1, at);
                        t.setInt(2, p);
                        t.execute();
                        r.setLong(1, at);
                        r.setString(2, id);
                        r.execute();
                    }
                }
            }
            for (int p = 0; p < parties.size(); p++) {
                List<String> expected = new ArrayList<>(parties.get(p));
                java.util.Collections.reverse(expected);
                String sql = "SELECT encode(string_agg(" + RecordIds.ENTRY + ", '')) FROM (SELECT * FROM trade WHERE seller = " + p + ") x JOIN rid r USING (idx)";
                RecordIds ids;
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    ids = RecordIds.of(rs.getBytes(1));
                }
                assertThat(written(ids)).as("party %d", p).isEqualTo(jackson(expected));
            }
            assertThat(written(RecordIds.NONE)).isEqualTo(jackson(List.of()));
        }
    }

    @Test
    void entriesInAnyOrderComeOutInRecordOrder() throws IOException {
        byte[] joined = "12:3:c:d10:0:7:2:ab11:-:".getBytes(StandardCharsets.UTF_8);
        assertThat(written(RecordIds.of(joined))).isEqualTo(jackson(Arrays.asList("ab", "", null, "c:d")));
    }

    private static String written(RecordIds ids) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeFieldName("record_ids");
            ids.write(g, out);
            g.writeNumberField("after", 1);
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String jackson(List<String> ids) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("record_ids");
            for (String id : ids) g.writeString(id);
            g.writeEndArray();
            g.writeNumberField("after", 1);
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonGenerator generator(ByteArrayOutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new MinimalPrettyPrinter(""));
        return g;
    }
}
