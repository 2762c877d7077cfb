package org.chokepoint.server.rescreen;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.chokepoint.lists.Rejection;
import org.chokepoint.model.Schema;
import org.chokepoint.server.DeskDatabase;
import org.chokepoint.server.audit.AuditLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The counterparty register in the desk database (table {@code counterparties}): a CSV as formats.md §3
 * ({@code id,name[,country,type,identifier]}, other columns ignored) replaces it whole, so the register is
 * always exactly the team's latest file. Each row is checked; a bad row is rejected with its line, field
 * and reason and the others are stored. Thread-safe.
 */
public final class CounterpartyRegister {
    /** An upload is parsed in memory; registers are customer lists, not shipment files. */
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final DeskDatabase db;

    public CounterpartyRegister(DeskDatabase db) {
        this.db = db;
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("""
                    CREATE TABLE IF NOT EXISTS counterparties (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, country VARCHAR, type VARCHAR,
                      identifier VARCHAR, line BIGINT NOT NULL, uploaded_at TIMESTAMP NOT NULL, uploaded_by VARCHAR NOT NULL)""");
            }
            return null;
        });
    }

    /**
     * Replaces the register with the rows of {@code csv} that pass the checks, and writes the audit entry
     * in the same transaction.
     *
     * @param file the name to give rejections ("upload" for a request body)
     * @throws IllegalArgumentException when the file has no header with {@code id} and {@code name}, is not
     *                                  CSV, has no valid row, or has more than {@link #MAX_ROWS} rows
     *                                  (the register then stays as it was)
     */
    public RegisterUpload replace(String actor, String file, String csv) {
        List<Counterparty> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        long read = 0;
        try (CsvReader<CsvRecord> r = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).skipEmptyLines(true).ofCsvRecord(csv)) {
            Map<String, Integer> header = null;
            Set<String> seen = new HashSet<>();
            int width = 0;
            for (CsvRecord row : r) {
                if (header == null) {
                    header = new HashMap<>();
                    for (int i = 0; i < row.getFieldCount(); i++) header.putIfAbsent(row.getField(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
                    for (String required : List.of("id", "name")) {
                        if (!header.containsKey(required)) {
                            throw new IllegalArgumentException(file + " line " + row.getStartingLineNumber() + ": the header has no '" + required
                                    + "' column (expected id,name[,country,type,identifier]; found " + row.getFields() + ")");
                        }
                    }
                    width = row.getFieldCount();
                    continue;
                }
                read++;
                if (read > MAX_ROWS) throw new IllegalArgumentException(file + ": more than " + MAX_ROWS + " rows; a register holds at most that many");
                long line = row.getStartingLineNumber();
                String id = field(row, header.get("id"));
                String name = field(row, header.get("name"));
                String country = field(row, header.get("country"));
                String type = field(row, header.get("type"));
                Rejection why = row.getFieldCount() < width && (id == null || name == null) ? new Rejection(file, line, null, "expected " + width + " fields, found " + row.getFieldCount())
                        : id == null ? new Rejection(file, line, "id", "empty; every counterparty needs the id your team knows it by")
                        : id.length() > 100 ? new Rejection(file, line, "id", "longer than 100 characters")
                        : !seen.add(id) ? new Rejection(file, line, "id", "'" + id + "' appears twice; the first stays")
                        : name == null ? new Rejection(file, line, "name", "empty; there is nothing to screen")
                        : name.length() > 500 ? new Rejection(file, line, "name", "longer than 500 characters")
                        : country != null && !COUNTRY.matcher(country).matches() ? new Rejection(file, line, "country", "'" + country + "' is not an ISO 3166 alpha-2 code (two letters, e.g. RU)")
                        : type != null && Schema.parse(type) == Schema.UNKNOWN ? new Rejection(file, line, "type", "'" + type + "' is not person, organization, vessel or aircraft")
                        : null;
                if (why != null) {
                    rejections.add(why);
                    continue;
                }
                String identifier = field(row, header.get("identifier"));
                rows.add(new Counterparty(id, name, country == null ? null : country.toUpperCase(Locale.ROOT), type == null ? null : type.toLowerCase(Locale.ROOT),
                        identifier == null || identifier.length() <= 500 ? identifier : identifier.substring(0, 500)));
                lines.add(line);
            }
            if (header == null) throw new IllegalArgumentException(file + " line 1: empty; expected a header row id,name[,country,type,identifier]");
        } catch (CsvParseException e) {
            throw new IllegalArgumentException(file + " line " + (read + 2) + ": malformed CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no valid row among " + read + " read; the register stays as it was"
                    + (rejections.isEmpty() ? "" : " (first problem: " + rejections.get(0) + ")"));
        }
        long total = read;
        long stored = rows.size();
        long rejected = rejections.size();
        Instant now = Instant.now();
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM counterparties");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO counterparties VALUES (?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    Counterparty cp = rows.get(i);
                    p.setString(1, cp.id());
                    p.setString(2, cp.name());
                    p.setString(3, cp.country());
                    p.setString(4, cp.type());
                    p.setString(5, cp.identifier());
                    p.setLong(6, lines.get(i));
                    p.setTimestamp(7, Timestamp.from(now));
                    p.setString(8, actor);
                    p.addBatch();
                }
                p.executeBatch();
            }
            AuditLog.append(c, actor, "register.upload", file, null, total + " rows read, " + stored + " stored, " + rejected + " rejected");
            return null;
        });
        return new RegisterUpload(total, stored, rejected, rejections, null);
    }

    /** Every counterparty, in the order of the file they came from. */
    public List<Counterparty> all() {
        return db.read(c -> {
            List<Counterparty> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, name, country, type, identifier FROM counterparties ORDER BY line");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(new Counterparty(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
            return out;
        });
    }

    /** When the register was last uploaded and by whom, or null when it is empty. */
    public String uploadedNote() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT max(uploaded_at), any_value(uploaded_by), count(*) FROM counterparties");
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(3) == 0 ? null : RescreenReport.count(rs.getLong(3), "counterparty", "counterparties") + ", uploaded " + rs.getTimestamp(1).toInstant().toString().substring(0, 16).replace('T', ' ')
                        + " UTC by " + rs.getString(2);
            }
        });
    }

    private static String field(CsvRecord row, Integer index) {
        if (index == null || index >= row.getFieldCount()) return null;
        String v = row.getField(index).strip();
        return v.isEmpty() ? null : v;
    }
}
