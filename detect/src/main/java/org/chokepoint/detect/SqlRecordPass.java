package org.chokepoint.detect;

import org.chokepoint.country.Countries;
import org.chokepoint.detect.flags.RecordFacts;
import org.chokepoint.detect.flags.RecordFlag;
import org.chokepoint.detect.flags.RecordRule;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.flags.BannedDestinationRule;
import org.chokepoint.detect.flags.BusinessMismatchRule;
import org.chokepoint.detect.flags.EmbargoedArmsBuyerRule;
import org.chokepoint.detect.flags.EmbargoedArmsRule;
import org.chokepoint.detect.flags.ForwarderConsigneeRule;
import org.chokepoint.detect.party.MentionTable;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.lists.Rejection;
import org.chokepoint.trade.goods.ConcernCategory;
import org.chokepoint.trade.goods.GoodsClass;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.record.ParsedRow;
import org.chokepoint.trade.record.RejectsFile;
import org.chokepoint.trade.record.ShipmentColumn;
import org.chokepoint.trade.record.ShipmentRowCheck;
import org.duckdb.DuckDBAppender;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The record pass with the rows kept out of Java: DuckDB reads the CSV file into a work table, an SQL predicate
 * accepts the rows that are surely valid ({@code formats.md} §1, as {@code ShipmentParser} checks them), and only
 * the others are checked in Java ({@link ShipmentRowCheck}) for their exact reasons. Java then works per distinct
 * value, not per row: goods per tariff code, the numbers of the parties' spellings (in order of first occurrence,
 * as {@link MentionTable} numbers them in a sequential pass), carriers and makers screened once each; the work
 * tables ({@code rec}, {@code rid}, {@code term}) are joined in SQL. The record rules run in Java only on the rows
 * that could raise a flag: every rule returns null unless the goods are of concern or the carrier or maker is
 * listed ({@link #couldFlag}), so those rows alone are read back. The tables and files it makes are those of
 * {@link RecordPass}, row for row.
 *
 * <p>It reads only what it reads exactly as the Java reader does: a CSV file without a byte-order mark, carriage
 * returns, NUL bytes, empty lines or quoted line breaks (so that row n is on line n + 1), with a plain header that
 * names every required column once, and that DuckDB reads strictly (the right number of fields on every row, valid
 * UTF-8). For any other file {@link #run} returns null before it has changed anything, and {@link RecordPass} reads
 * it. Not thread-safe.
 */
final class SqlRecordPass {
    private static final int COUNTRY_TERMS = 26 * 26;
    private static final ShipmentColumn[] COLUMNS = ShipmentColumn.values();
    private static final List<String> WORK_TABLES = List.of("raw", "blank_rows", "fixed", "bad", "men", "goods", "unit_term", "chit", "mhit", "nf", "cand");

    private final RecordPass facts;
    private final SanctionsPolicy policy;
    private final GoodsClassifier classifier;
    private final List<RecordRule> rules;
    private final MentionTable mentions;

    /**
     * @param facts  the Java pass, whose caches of listed carriers and makers and of what names say this pass shares
     * @param policy the policy the standard record rules were made with, for their conditions in SQL ({@link #mayFlag})
     */
    SqlRecordPass(RecordPass facts, SanctionsPolicy policy, GoodsClassifier classifier, List<RecordRule> rules, MentionTable mentions) {
        this.facts = facts;
        this.policy = policy;
        this.classifier = classifier;
        this.rules = rules;
        this.mentions = mentions;
    }

    /** The pass, or null when the file is not one this pass reads (nothing was written then). */
    RecordPass.Result run(Path input, WorkDatabase db, Path rejectsPath, LongConsumer progress) throws IOException, SQLException {
        StageEvent step = StageEvent.start();
        long limit = memoryLimit(db);
        // Too large by its bytes alone: not worth the byte scan.
        if (!fits(java.nio.file.Files.size(input), 0, limit)) return null;
        Shape shape = shape(input);
        step = step.end("record pass: byte scan");
        if (shape == null || !fits(java.nio.file.Files.size(input), shape.lines() - 1, limit)) return null;
        if (!read(input, shape, db)) return null;
        step = step.end("record pass: read");
        long read = db.count("SELECT count(*) FROM raw");
        if (read != shape.lines() - 1) {
            dropWork(db);
            return null;
        }
        String file = name(input);
        Map<String, Long> reasons = new TreeMap<>();
        List<Rejection> first = new ArrayList<>();
        long rejectedRows = 0;
        long valid;
        int firstDay = 0, lastDay = 0;
        try (RejectsFile rejects = new RejectsFile(rejectsPath)) {
            rejectedRows = recheck(db, file, rejects, reasons, first);
            valid = db.count("SELECT count(*) FROM val");
            step = step.end("record pass: recheck");
            numberSpellings(db);
            step = step.end("record pass: spellings");
            classify(db);
            step = step.end("record pass: goods");
            screenCarriersAndMakers(db);
            step = step.end("record pass: carriers and makers");
            nameFacts(db);
            step = step.end("record pass: name facts");
            recordRules(db);
            step = step.end("record pass: rules");
            // A record finds its spellings by the hash of their four values when no two spellings share a hash (a join on one
            // number instead of four texts), else by the values.
            boolean hashed = db.count("SELECT count(*) - count(DISTINCT h) FROM men") == 0;
            String exporter = hashed ? "xm.h = hash(v.exporter_name, v.exporter_country, coalesce(v.exporter_id, ''), coalesce(v.exporter_address, ''))"
                    : "xm.name = v.exporter_name AND xm.country = v.exporter_country AND xm.id = coalesce(v.exporter_id, '')"
                    + " AND xm.address = coalesce(v.exporter_address, '')";
            String importer = hashed ? "im.h = hash(v.importer_name, v.importer_country, coalesce(v.importer_id, ''), coalesce(v.importer_address, ''))"
                    : "im.name = v.importer_name AND im.country = v.importer_country AND im.id = coalesce(v.importer_id, '')"
                    + " AND im.address = coalesce(v.importer_address, '')";
            db.execute("""
                    INSERT INTO rec SELECT v.idx, CAST(CAST(v.date AS DATE) - DATE '1970-01-01' AS INTEGER), xm.m, im.m,
                      %s, %s, %s, %s, %s, g.hs6, g.concern, g.tier,
                      CAST(v.value_usd AS DOUBLE), CAST(v.quantity AS DOUBLE), u.code, CAST(v.net_weight_kg AS DOUBLE)
                    FROM val v JOIN goods g USING (hs_code) JOIN men xm ON %s JOIN men im ON %s
                    LEFT JOIN unit_term u ON u.unit = v.unit""".formatted(country("v.exporter_country"), country("v.importer_country"),
                    country("v.destination_country"), country("v.dispatch_country"), country("v.origin_country"), exporter, importer));
            step = step.end("record pass: rec");
            db.execute("CREATE TABLE rid AS SELECT idx, record_id, ln + 2 AS line FROM val");
            step = step.end("record pass: rid");
            if (valid > 0) {
                try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT min(day), max(day) FROM rec")) {
                    rs.next();
                    firstDay = rs.getInt(1);
                    lastDay = rs.getInt(2);
                }
            }
            db.execute("DROP VIEW val");
            dropWork(db);
            long dups = RecordPass.duplicates(db, file, rejects, reasons, first);
            valid -= dups;
            rejectedRows += dups;
            step.end("record pass: duplicates");
        }
        progress.accept(read);
        return new RecordPass.Result(read, valid, rejectedRows, reasons, first, firstDay, lastDay);
    }

    /**
     * Whether the table of a file's rows ({@code raw}: 23 texts a row, DuckDB's 16 bytes each plus the longer texts'
     * bytes, at most the file's) is likely to fit in half of DuckDB's memory limit (in bytes, -1 for unknown). A larger
     * one spills to disk, and every step after the read reads it back: at ten million rows (2.6 GB of CSV, some 6 GB as
     * a table) with a 2 GB limit the pass cost more than the Java pass, which keeps no table of the rows; such a file goes
     * to the Java pass. With no rows counted yet, whether the file's bytes alone fit.
     */
    static boolean fits(long fileBytes, long rows, long memoryLimit) {
        return memoryLimit > 0 && fileBytes + rows * ROW_BYTES <= memoryLimit / 2;
    }

    /** DuckDB's memory limit in bytes, or -1 when it cannot be read. */
    private static long memoryLimit(WorkDatabase db) throws SQLException {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM duckdb_settings() WHERE name = 'memory_limit'")) {
            return rs.next() ? bytes(rs.getString(1)) : -1;
        }
    }

    /** What a row of {@code raw} costs DuckDB besides its longer texts: 25 values of at most 16 bytes. */
    private static final long ROW_BYTES = 25 * 16;

    /** The bytes of a DuckDB size setting ("1.8 GiB", "2.0 GB", "512 bytes"), or -1 when it says none. */
    static long bytes(String setting) {
        var m = java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([KMGTP]?)(i?)B(?:ytes)?", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(setting == null ? "" : setting.strip());
        if (!m.matches()) return -1;
        double base = m.group(3).isEmpty() ? 1000 : 1024;
        int power = "KMGTP".indexOf(Character.toUpperCase(m.group(2).isEmpty() ? ' ' : m.group(2).charAt(0))) + 1;
        return (long) (Double.parseDouble(m.group(1)) * Math.pow(base, power));
    }

    /**
     * The file's header names and line count, when it is a CSV file this pass reads as the Java reader does; and the rows
     * (numbered from 0) with a value that {@code strip()} would change, which Java checks.
     */
    record Shape(List<String> header, long lines, long[] blanks) {}

    /**
     * One look at the bytes: RFC 4180 followed to the letter, with no byte-order mark, carriage return, NUL, empty line
     * or line break inside quotes, no quote inside an unquoted field or after a closing one, and on every row as many
     * fields as in the header (DuckDB's strict mode let a row with one field too many through); the header without
     * quotes, valid UTF-8, naming each required column once. On the way, the rows with a value that starts or ends with
     * a blank (a byte up to 0x20, or one of Unicode's spaces, which SQL would find at a far higher cost).
     */
    static Shape shape(Path input) throws IOException {
        final int back = 4; // bytes of the previous chunk kept before the next, to look back at a value's last bytes
        byte[] head = null;
        long lines = 0;
        int state = START;
        long fields = 0;
        long expected = -1;
        boolean blank = false;
        long[] blanks = new long[16];
        int nBlanks = 0;
        java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
        long total = 0;
        byte[] a = new byte[back + (1 << 20)];
        try (FileChannel ch = FileChannel.open(input, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.wrap(a);
            int end = back;
            while (true) {
                System.arraycopy(a, end - back, a, 0, back);
                buf.limit(a.length).position(back);
                int n = ch.read(buf);
                if (n < 0) break;
                if (n == 0) continue;
                end = back + n;
                if (total == 0) {
                    if (n >= 3 && (a[back] & 0xFF) == 0xEF && (a[back + 1] & 0xFF) == 0xBB && (a[back + 2] & 0xFF) == 0xBF) return null;
                    if (n >= 4 && a[back] == 'P' && a[back + 1] == 'A' && a[back + 2] == 'R' && a[back + 3] == '1') return null;
                }
                total += n;
                int i = back;
                if (head == null) {
                    while (i < end && a[i] != '\n') i++;
                    header.write(a, back, i - back);
                    if (header.size() > 1 << 20) return null;
                    if (i == end) continue;
                    head = header.toByteArray();
                    for (byte b : head) {
                        if (b == '"' || b == '\r' || b == 0) return null;
                        if (b == ',') fields++;
                    }
                    expected = fields + 1;
                    fields = 0;
                    lines = 1;
                    state = LINE_START;
                    i++;
                }
                while (i < end) {
                    int b = a[i] & 0xFF;
                    int last; // the last byte of the value that ends at i, or -1 for an empty one
                    switch (state) {
                        case UNQUOTED -> {
                            while (b > '"' && b != ',') {
                                if (++i == end) break;
                                b = a[i] & 0xFF;
                            }
                            if (i == end) continue;
                            if (b != ',' && b != '\n') {
                                if (b == '"' || b == '\r' || b == 0) return null;
                                i++;
                                continue;
                            }
                            last = i - 1;
                        }
                        case QUOTED -> {
                            while (b != '"' && b != '\n' && b != '\r' && b != 0) {
                                if (++i == end) break;
                                b = a[i] & 0xFF;
                            }
                            if (i == end) continue;
                            if (b != '"') return null;
                            state = QUOTE_IN_QUOTED;
                            i++;
                            continue;
                        }
                        case QUOTE_IN_QUOTED -> {
                            if (b == '"') {
                                state = QUOTED;
                                i++;
                                continue;
                            }
                            if (b != ',' && b != '\n') return null;
                            last = i - 2;
                        }
                        default -> {
                            if (b == '"') {
                                if (startsBlank(a, i + 1, end)) blank = true;
                                state = QUOTED;
                                i++;
                                continue;
                            }
                            if (b == '\r' || b == 0 || b == '\n' && state == LINE_START) return null;
                            if (b != ',' && b != '\n') {
                                if (startsBlank(a, i, end)) blank = true;
                                state = UNQUOTED;
                                i++;
                                continue;
                            }
                            last = -1;
                        }
                    }
                    // b ends a value: a comma or a line break.
                    if (last >= 0 && endsBlank(a[last] & 0xFF, a[last - 1] & 0xFF, a[last - 2] & 0xFF)) blank = true;
                    if (b == ',') {
                        fields++;
                        state = START;
                    } else {
                        if (fields + 1 != expected) return null;
                        if (blank) {
                            if (nBlanks == blanks.length) blanks = java.util.Arrays.copyOf(blanks, nBlanks * 2);
                            blanks[nBlanks++] = lines - 1;
                            blank = false;
                        }
                        fields = 0;
                        lines++;
                        state = LINE_START;
                    }
                    i++;
                }
            }
            if (head == null || state == QUOTED) return null;
            if (state != LINE_START) {
                if (fields + 1 != expected) return null;
                int last = state == UNQUOTED ? end - 1 : state == QUOTE_IN_QUOTED ? end - 2 : -1;
                if (blank || last >= 0 && endsBlank(a[last] & 0xFF, a[last - 1] & 0xFF, a[last - 2] & 0xFF)) {
                    if (nBlanks == blanks.length) blanks = java.util.Arrays.copyOf(blanks, nBlanks * 2);
                    blanks[nBlanks++] = lines - 1;
                }
                lines++;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<ShipmentColumn> found = new HashSet<>();
        for (String f : text.split(",", -1)) {
            String name = f.strip();
            names.add(name);
            if (name.isEmpty()) continue;
            if (!seen.add(name.toLowerCase(Locale.ROOT))) return null;
            ShipmentColumn c = ShipmentColumn.of(name);
            if (c != null) found.add(c);
        }
        for (ShipmentColumn c : COLUMNS) if (c.required() && !found.contains(c)) return null;
        return new Shape(names, lines, java.util.Arrays.copyOf(blanks, nBlanks));
    }

    /**
     * Whether the value starting at {@code i} starts with a blank: a byte up to 0x20, or one of Unicode's spaces (U+1680,
     * U+2000-U+200A, U+2028, U+2029, U+205F, U+3000); taken as one when its bytes run past this chunk.
     */
    private static boolean startsBlank(byte[] a, int i, int end) {
        if (i >= end) return true;
        int b = a[i] & 0xFF;
        if (b <= 0x20) return true;
        if (b < 0xE1 || b > 0xE3) return false;
        if (i + 2 >= end) return true;
        return endsBlank(a[i + 2] & 0xFF, a[i + 1] & 0xFF, b);
    }

    /** Whether a value ending with these bytes (the last one first) ends with a blank. */
    private static boolean endsBlank(int l1, int l2, int l3) {
        if (l1 <= 0x20) return true;
        return l3 == 0xE1 && l2 == 0x9A && l1 == 0x80
                || l3 == 0xE2 && l2 == 0x80 && (l1 >= 0x80 && l1 <= 0x8A || l1 == 0xA8 || l1 == 0xA9)
                || l3 == 0xE2 && l2 == 0x81 && l1 == 0x9F
                || l3 == 0xE3 && l2 == 0x80 && l1 == 0x80;
    }

    // Where the byte scan is: at the start of a value, at the start of a line, in an unquoted value, in a quoted one,
    // just after a quote inside a quoted value (its end, or the first of two).
    private static final int START = 0, LINE_START = 1, UNQUOTED = 2, QUOTED = 3, QUOTE_IN_QUOTED = 4;

    /**
     * DuckDB reads the file strictly into {@code raw}: every field as text, in file order, numbered from 0 ({@code ln}),
     * with {@code ok} for the rows the SQL check accepts. False when DuckDB cannot read it so (nothing is left then).
     */
    private static boolean read(Path input, Shape shape, WorkDatabase db) throws SQLException {
        StringBuilder columns = new StringBuilder("{");
        String[] field = new String[COLUMNS.length];
        for (int i = 0; i < shape.header().size(); i++) {
            if (i > 0) columns.append(", ");
            columns.append("'c").append(i).append("': 'VARCHAR'");
            ShipmentColumn c = ShipmentColumn.of(shape.header().get(i));
            if (c != null) field[c.ordinal()] = "c" + i;
        }
        columns.append('}');
        StringBuilder select = new StringBuilder("row_number() OVER () - 1 AS ln");
        for (ShipmentColumn c : COLUMNS) {
            select.append(", ").append(field[c.ordinal()] == null ? "CAST(NULL AS VARCHAR)" : field[c.ordinal()]).append(" AS ").append(c.column());
        }
        // A row with a value to strip (found by the byte scan, a few in a hundred) gets its values stripped here as
        // String.strip() strips them: Java's whitespace, not U+00A0, U+2007 or U+202F.
        StringBuilder stripped = new StringBuilder("ln");
        for (ShipmentColumn c : COLUMNS) {
            stripped.append(", CASE WHEN bl THEN regexp_replace(").append(c.column()).append(", '^").append(WHITESPACE).append("+|")
                    .append(WHITESPACE).append("+$', '', 'g') ELSE ").append(c.column()).append(" END AS ").append(c.column());
        }
        String sql = "CREATE TEMP TABLE raw AS SELECT *, coalesce(" + surelyValid() + ", false) AS ok FROM (SELECT " + stripped
                + " FROM (SELECT *, ln IN (SELECT ln FROM blank_rows) AS bl FROM (SELECT " + select + " FROM read_csv("
                + literal(input.toString()) + ", header = true, delim = ',', quote = '\"', escape = '\"', columns = " + columns
                + ", auto_detect = false, strict_mode = true, null_padding = false, ignore_errors = false, all_varchar = true))))";
        // In file order, so that row_number() is the row's place in the file. (A temporary table's rowid is not: it was
        // tried, and rows came out of their order at a million rows.)
        db.execute("SET preserve_insertion_order = true");
        try {
            db.execute("CREATE TEMP TABLE blank_rows (ln BIGINT)");
            try (DuckDBAppender a = db.appender("blank_rows")) {
                for (long ln : shape.blanks()) {
                    a.beginRow();
                    a.append(ln);
                    a.endRow();
                }
            }
            db.execute(sql);
            return true;
        } catch (SQLException e) {
            dropWork(db);
            return false;
        } finally {
            db.execute("SET preserve_insertion_order = false");
        }
    }

    /** The characters {@link Character#isWhitespace(int)} accepts, which {@code String.strip()} removes, as an RE2 class. */
    private static final String WHITESPACE = "[\\x{9}-\\x{D}\\x{1C}-\\x{20}\\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200A}\\x{2028}\\x{2029}\\x{205F}\\x{3000}]";

    /**
     * True only for a row that {@code ShipmentParser} surely accepts, given values that need no stripping; NULL or false
     * for any other, which Java checks. Every part errs on the side of "check in Java": a NULL anywhere is a no.
     */
    static String surelyValid() {
        List<String> parts = new ArrayList<>();
        for (ShipmentColumn c : COLUMNS) {
            String v = c.column();
            if (c.required()) parts.add(v + " <> ''");
            String check = switch (c) {
                case DATE -> "(regexp_full_match(" + v + ", '[0-9]{4}-[0-9]{2}-[0-9]{2}') AND " + v + " >= '1000' AND TRY_CAST(" + v + " AS DATE) IS NOT NULL)";
                // An IN list (DuckDB makes it a join). A mask of the 676 pairs of capitals, read at the code's number, checked
                // five columns of a table in half the time, but in this statement, over the stripped values, it cost more.
                case EXPORTER_COUNTRY, IMPORTER_COUNTRY, ORIGIN_COUNTRY, DISPATCH_COUNTRY, DESTINATION_COUNTRY -> v + " IN (" + countryCodes() + ")";
                case HS_CODE -> "regexp_full_match(" + v + ", '[0-9]{6,10}')";
                case QUANTITY, NET_WEIGHT_KG, VALUE_USD -> "regexp_full_match(" + v + ", '[0-9]+(\\.[0-9]+)?')";
                case TRANSPORT_MODE -> v + " IN ('sea', 'air', 'road', 'rail', 'post', 'other')";
                case VESSEL_IMO -> "(regexp_full_match(" + v + ", '[0-9]{7}') AND (" + imoSum(v) + ") % 10 = " + digit(v, 7) + ")";
                default -> null;
            };
            if (check != null) parts.add("(" + v + " IS NULL OR " + v + " = '' OR " + check + ")");
        }
        return "(" + String.join(" AND ", parts) + ")";
    }

    private static String imoSum(String v) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 6; i++) s.append(i > 1 ? " + " : "").append(8 - i).append(" * ").append(digit(v, i));
        return s.toString();
    }

    private static String digit(String v, int at) {
        return "(ascii(substr(" + v + ", " + at + ", 1)) - 48)";
    }

    private static String countryCodes() {
        StringBuilder s = new StringBuilder();
        for (int code = 0; code < COUNTRY_TERMS; code++) {
            String cc = countryText(code);
            if (!Countries.isIso2(cc)) continue;
            if (!s.isEmpty()) s.append(", ");
            s.append('\'').append(cc).append('\'');
        }
        return s.toString();
    }

    private static String countryText(int code) {
        return new String(new char[] {(char) ('A' + code / 26), (char) ('A' + code % 26)});
    }

    /** The number of a checked country code, by its letters, as {@link RecordPass} numbers it. */
    private static String country(String v) {
        return "((ascii(" + v + ") - 65) * 26 + ascii(substr(" + v + ", 2, 1)) - 65)";
    }

    /**
     * Checks in Java, in file order, the rows the SQL check did not accept: a rejected row goes to the rejects file and
     * to {@code bad}, an accepted one (a blank to strip, say) to {@code fixed}, with its values as the parser took them.
     * Then {@code val} holds every valid row, numbered ({@code idx}) in file order.
     */
    private long recheck(WorkDatabase db, String file, RejectsFile rejects, Map<String, Long> reasons, List<Rejection> first) throws SQLException {
        StringBuilder cols = new StringBuilder("ln");
        for (ShipmentColumn c : COLUMNS) cols.append(", ").append(c.column());
        db.execute("CREATE TEMP TABLE fixed AS SELECT " + cols + " FROM raw LIMIT 0");
        db.execute("CREATE TEMP TABLE bad (ln BIGINT, k BIGINT)");
        ShipmentRowCheck check = new ShipmentRowCheck(file);
        long rejected = 0;
        try (DuckDBAppender fixed = db.appender("fixed"); DuckDBAppender bad = db.appender("bad");
             Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT " + cols + " FROM raw WHERE NOT ok ORDER BY ln")) {
            String[] fields = new String[COLUMNS.length];
            while (rs.next()) {
                long ln = rs.getLong(1);
                for (int c = 0; c < fields.length; c++) fields[c] = rs.getString(c + 2);
                ParsedRow row = check.check(ln + 2, fields);
                if (row.ok()) {
                    fixed.beginRow();
                    fixed.append(ln);
                    for (String f : fields) {
                        String v = ShipmentRowCheck.value(f);
                        if (v == null) fixed.appendNull();
                        else fixed.append(v);
                    }
                    fixed.endRow();
                } else {
                    rejected++;
                    bad.beginRow();
                    bad.append(ln);
                    bad.append(rejected);
                    bad.endRow();
                    for (Rejection r : row.problems()) {
                        rejects.write(r, row.recordId());
                        reasons.merge(r.field() == null ? "row" : r.field(), 1L, Long::sum);
                        if (first.size() < 20) first.add(r);
                    }
                }
            }
        }
        // The rows Java accepted join the others in raw (their values stripped, empty ones null), so that val is one scan.
        db.execute("INSERT INTO raw SELECT *, true FROM fixed");
        StringBuilder values = new StringBuilder();
        for (ShipmentColumn c : COLUMNS) values.append(", nullif(").append(c.column()).append(", '') AS ").append(c.column());
        String rows = "SELECT ln" + values + " FROM raw WHERE ok";
        // A valid row's number is its place among the valid rows: its place in the file less the rejected rows before it.
        if (rejected == 0) db.execute("CREATE TEMP VIEW val AS SELECT ln AS idx, * FROM (" + rows + ")");
        else db.execute("CREATE TEMP VIEW val AS SELECT u.ln - coalesce(b.k, 0) AS idx, u.* FROM (" + rows + ") u ASOF LEFT JOIN bad b ON u.ln >= b.ln");
        return rejected;
    }

    /** The spellings of the parties, numbered in order of first occurrence (the exporter's before the importer's), counted. */
    private void numberSpellings(WorkDatabase db) throws SQLException {
        db.execute("""
                CREATE TEMP TABLE men AS SELECT row_number() OVER (ORDER BY pos) - 1 AS m, name, country, id, address, n,
                  hash(name, country, id, address) AS h FROM (
                  SELECT name, country, id, address, min(pos) AS pos, count(*) AS n FROM (
                    SELECT exporter_name AS name, exporter_country AS country, coalesce(exporter_id, '') AS id, coalesce(exporter_address, '') AS address,
                      ln * 2 AS pos FROM val
                    UNION ALL SELECT importer_name, importer_country, coalesce(importer_id, ''), coalesce(importer_address, ''), ln * 2 + 1 FROM val)
                  GROUP BY name, country, id, address)""");
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT m, name, country, id, address, n FROM men ORDER BY m")) {
            while (rs.next()) {
                int m = mentions.intern(rs.getString(2), rs.getString(3), absentIfEmpty(rs.getString(4)), absentIfEmpty(rs.getString(5)));
                if (m != rs.getInt(1)) throw new IllegalStateException("spelling numbered " + m + ", expected " + rs.getInt(1));
                long more = rs.getLong(6) - 1;
                if (more > 0) mentions.count(m, more);
            }
        }
    }

    private static String absentIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Goods per distinct tariff code, and the {@code term} table: country codes met, HS-6 codes, tiers and units. */
    private final Map<String, GoodsClass> goodsByCode = new HashMap<>();

    private void classify(WorkDatabase db) throws SQLException {
        Map<String, Integer> terms = new HashMap<>();
        db.execute("CREATE TEMP TABLE goods (hs_code VARCHAR, hs6 INTEGER, tier INTEGER, concern BOOLEAN, fire BOOLEAN, arms BOOLEAN)");
        db.execute("CREATE TEMP TABLE unit_term (unit VARCHAR, code INTEGER)");
        try (Statement st = db.connection().createStatement(); DuckDBAppender t = db.appender("goods");
             ResultSet rs = st.executeQuery("SELECT DISTINCT hs_code FROM val")) {
            while (rs.next()) {
                String code = rs.getString(1);
                GoodsClass g = classifier.classify(code);
                goodsByCode.put(code, g);
                t.beginRow();
                t.append(code);
                t.append(term(terms, g.hs6()));
                if (g.chplTier() == null) t.appendNull();
                else t.append(term(terms, g.chplTier().code()));
                t.append(g.ofConcern());
                t.append(couldFlag(g));
                t.append(g.category() == ConcernCategory.ARMS_AND_MUNITIONS || g.category() == ConcernCategory.UAV
                        || g.category() == ConcernCategory.AIRCRAFT_PARTS);
                t.endRow();
            }
        }
        try (Statement st = db.connection().createStatement(); DuckDBAppender t = db.appender("unit_term");
             ResultSet rs = st.executeQuery("SELECT DISTINCT unit FROM val WHERE unit IS NOT NULL")) {
            while (rs.next()) {
                t.beginRow();
                t.append(rs.getString(1));
                t.append(term(terms, rs.getString(1)));
                t.endRow();
            }
        }
        try (Statement st = db.connection().createStatement(); DuckDBAppender t = db.appender("term");
             ResultSet rs = st.executeQuery("""
                     SELECT DISTINCT c FROM (SELECT exporter_country AS c FROM val UNION ALL SELECT importer_country FROM val
                       UNION ALL SELECT destination_country FROM val UNION ALL SELECT dispatch_country FROM val UNION ALL SELECT origin_country FROM val)
                     WHERE c IS NOT NULL ORDER BY c""")) {
            while (rs.next()) {
                String c = rs.getString(1);
                RecordPass.appendTerm(t, (c.charAt(0) - 'A') * 26 + c.charAt(1) - 'A', c);
            }
            for (Map.Entry<String, Integer> e : terms.entrySet()) RecordPass.appendTerm(t, e.getValue(), e.getKey());
        }
    }

    private static int term(Map<String, Integer> terms, String text) {
        return terms.computeIfAbsent(text, k -> COUNTRY_TERMS + terms.size());
    }

    /**
     * Whether a record rule could flag goods of this code whatever else the record says. Each of the record rules
     * returns null unless the goods are of concern (arms, UAVs and aircraft parts are), or the carrier or the maker is
     * listed: {@code SqlRecordPassTest} holds every rule to it.
     */
    static boolean couldFlag(GoodsClass g) {
        return g.ofConcern() || g.category() == ConcernCategory.ARMS_AND_MUNITIONS || g.category() == ConcernCategory.UAV
                || g.category() == ConcernCategory.AIRCRAFT_PARTS;
    }

    /** Screens each distinct carrier (with its IMO number) and maker once; those listed go to {@code chit} and {@code mhit}. */
    private void screenCarriersAndMakers(WorkDatabase db) throws SQLException {
        db.execute("CREATE TEMP TABLE chit (carrier VARCHAR, imo VARCHAR, listed BOOLEAN)");
        db.execute("CREATE TEMP TABLE mhit (manufacturer VARCHAR)");
        try (Statement st = db.connection().createStatement(); DuckDBAppender t = db.appender("chit");
             ResultSet rs = st.executeQuery("SELECT DISTINCT carrier, vessel_imo FROM val WHERE carrier IS NOT NULL OR vessel_imo IS NOT NULL")) {
            while (rs.next()) {
                String carrier = rs.getString(1), imo = rs.getString(2);
                if (facts.carrier(carrier, imo) == null) continue;
                t.beginRow();
                if (carrier == null) t.appendNull();
                else t.append(carrier);
                if (imo == null) t.appendNull();
                else t.append(imo);
                t.append(true);
                t.endRow();
            }
        }
        try (Statement st = db.connection().createStatement(); DuckDBAppender t = db.appender("mhit");
             ResultSet rs = st.executeQuery("SELECT DISTINCT manufacturer FROM val WHERE manufacturer IS NOT NULL")) {
            while (rs.next()) {
                if (facts.manufacturer(rs.getString(1)) == null) continue;
                t.beginRow();
                t.append(rs.getString(1));
                t.endRow();
            }
        }
    }

    /** What the names of the parties to goods of concern say ({@code nf}): a forwarder, a line of business. */
    private void nameFacts(WorkDatabase db) throws SQLException {
        db.execute("CREATE TEMP TABLE nf (name VARCHAR, forwarder BOOLEAN, lines BOOLEAN)");
        try (Statement st = db.connection().createStatement(); DuckDBAppender t = db.appender("nf");
             ResultSet rs = st.executeQuery("SELECT DISTINCT name FROM (SELECT v.exporter_name AS name FROM val v JOIN goods g USING (hs_code) WHERE g.concern"
                     + " UNION ALL SELECT v.importer_name FROM val v JOIN goods g USING (hs_code) WHERE g.concern)")) {
            while (rs.next()) {
                var f = facts.facts(rs.getString(1));
                t.beginRow();
                t.append(rs.getString(1));
                t.append(f.forwarder());
                t.append(!f.lines().isEmpty());
                t.endRow();
            }
        }
    }

    /**
     * An SQL condition (over {@code val v}, {@code goods g}, {@code nf xn} and {@code nf imn} for the exporter's and importer's
     * names, {@code chit c}, {@code mhit m}) that holds for every record on which the rule may raise its flag: what each of
     * the standard rules requires before it looks further (goods of concern to a banned destination on or after the ban, arms
     * from an embargoed country, a forwarder or a name that declares a line of business...). A rule it does not know gets
     * the condition every record rule meets ({@link #couldFlag}, a listed carrier or maker). {@code SqlRecordPassTest}
     * holds the two passes to the same flags.
     */
    String mayFlag(RecordRule rule) {
        String concern = "g.concern";
        String banned = policy.bannedSince().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "(v.destination_country = '" + e.getKey() + "' AND v.date >= '" + e.getValue() + "')")
                .collect(java.util.stream.Collectors.joining(" OR ", "(", ")"));
        String embargoed = policy.embargoed().stream().sorted().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        String hubs = policy.hubs().stream().sorted().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        return switch (rule) {
            case BannedDestinationRule b -> concern + " AND " + banned;
            case EmbargoedArmsRule e -> "g.arms AND (v.origin_country IN " + embargoed + " OR v.dispatch_country IN " + embargoed
                    + " OR v.exporter_country IN " + embargoed + ")";
            case EmbargoedArmsBuyerRule e -> "g.arms AND (v.origin_country IN " + embargoed + " OR v.dispatch_country IN " + embargoed
                    + " OR v.exporter_country IN " + embargoed + ")";
            case ForwarderConsigneeRule f -> concern + " AND imn.forwarder AND (" + banned + " OR v.importer_country IN " + hubs + ")";
            case BusinessMismatchRule b -> concern + " AND (imn.lines OR xn.lines)";
            default -> {
                List<String> could = new ArrayList<>();
                java.util.Set<ShipmentColumn> reads = rule.reads();
                if (reads.contains(ShipmentColumn.HS_CODE)) could.add("g.fire");
                if (reads.contains(ShipmentColumn.CARRIER) || reads.contains(ShipmentColumn.VESSEL_IMO)) could.add("c.listed");
                if (reads.contains(ShipmentColumn.MANUFACTURER)) could.add("m.manufacturer IS NOT NULL");
                yield could.isEmpty() ? "true" : String.join(" OR ", could);
            }
        };
    }

    /**
     * Runs each record rule once per distinct combination of the columns it reads ({@link RecordRule#reads()}), among the
     * records that could raise its flag (goods of concern, or a listed carrier or maker, as far as it reads them), and
     * gives each record the flags of its combination in {@code rflag}.
     */
    private void recordRules(WorkDatabase db) throws SQLException {
        String rows = candidates(db);
        for (int k = 0; k < rules.size(); k++) {
            RecordRule rule = rules.get(k);
            List<ShipmentColumn> reads = List.copyOf(new java.util.TreeSet<>(rule.reads()));
            boolean goods = reads.contains(ShipmentColumn.HS_CODE);
            boolean carrier = reads.contains(ShipmentColumn.CARRIER) || reads.contains(ShipmentColumn.VESSEL_IMO);
            boolean maker = reads.contains(ShipmentColumn.MANUFACTURER);
            String may = mayFlag(rule);
            String table = "rf" + k;
            StringBuilder keys = new StringBuilder();
            StringBuilder create = new StringBuilder("CREATE TEMP TABLE " + table + " (");
            StringBuilder join = new StringBuilder();
            for (ShipmentColumn c : reads) {
                keys.append(keys.isEmpty() ? "" : ", ").append("v.").append(c.column());
                create.append(c.column()).append(" VARCHAR, ");
                join.append(join.isEmpty() ? "" : " AND ").append("v.").append(c.column()).append(" IS NOT DISTINCT FROM f.").append(c.column());
            }
            db.execute(create + "rule VARCHAR, weight DOUBLE, roles INTEGER, detail VARCHAR)");
            String sql = "SELECT DISTINCT " + keys + " FROM " + rows + " v JOIN goods g USING (hs_code)"
                    + (may.contains("m.manufacturer") ? " LEFT JOIN mhit m ON m.manufacturer = v.manufacturer" : "")
                    + (may.contains("c.listed") ? " LEFT JOIN chit c ON c.carrier IS NOT DISTINCT FROM v.carrier AND c.imo IS NOT DISTINCT FROM v.vessel_imo" : "")
                    + (may.contains("xn.") ? " LEFT JOIN nf xn ON xn.name = v.exporter_name" : "")
                    + (may.contains("imn.") ? " LEFT JOIN nf imn ON imn.name = v.importer_name" : "")
                    + " WHERE " + may;
            try (DuckDBAppender flags = db.appender(table); Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                String[] values = new String[COLUMNS.length];
                while (rs.next()) {
                    for (int i = 0; i < reads.size(); i++) values[reads.get(i).ordinal()] = rs.getString(i + 1);
                    var s = ShipmentRowCheck.partial(values);
                    RecordFacts r = new RecordFacts(s, goods ? goodsByCode.get(s.hsCode()) : null,
                            s.exporterName() == null ? null : facts.facts(s.exporterName()), s.importerName() == null ? null : facts.facts(s.importerName()),
                            carrier ? facts.carrier(s.carrier(), s.vesselImo()) : null, maker ? facts.manufacturer(s.manufacturer()) : null);
                    RecordFlag f = rule.check(r);
                    if (f == null) continue;
                    flags.beginRow();
                    for (int i = 0; i < reads.size(); i++) {
                        String v = values[reads.get(i).ordinal()];
                        if (v == null) flags.appendNull();
                        else flags.append(v);
                    }
                    flags.append(f.rule());
                    flags.append(f.weight());
                    flags.append(f.roles());
                    flags.append(f.detail());
                    flags.endRow();
                }
            }
            db.execute("INSERT INTO rflag SELECT v.idx, f.rule, f.weight, f.roles, f.detail FROM " + rows + " v JOIN " + table + " f ON " + join);
            db.execute("DROP TABLE " + table);
        }
        db.execute("DROP TABLE IF EXISTS cand");
    }

    /**
     * The records any rule could flag, with the columns the rules read ({@code cand}): goods of concern, a listed carrier or
     * a listed maker ({@link #couldFlag}, a fifth to a third of the records), so that each rule's query and the join of its
     * flags back to the records read these rather than every record. When a rule's condition is "any record" (a rule that
     * reads neither the goods nor the carrier nor the maker), every record: {@code val}. Since a rule flags by the values
     * it reads alone, a record outside {@code cand} with the values of a flagged combination would break the rule's
     * contract ({@link #couldFlag}); {@code SqlRecordPassTest} holds every rule to it.
     */
    private String candidates(WorkDatabase db) throws SQLException {
        java.util.Set<ShipmentColumn> read = java.util.EnumSet.of(ShipmentColumn.HS_CODE, ShipmentColumn.CARRIER, ShipmentColumn.VESSEL_IMO,
                ShipmentColumn.MANUFACTURER, ShipmentColumn.EXPORTER_NAME, ShipmentColumn.IMPORTER_NAME, ShipmentColumn.EXPORTER_COUNTRY,
                ShipmentColumn.IMPORTER_COUNTRY, ShipmentColumn.ORIGIN_COUNTRY, ShipmentColumn.DISPATCH_COUNTRY, ShipmentColumn.DESTINATION_COUNTRY,
                ShipmentColumn.DATE);
        for (RecordRule rule : rules) {
            if (mayFlag(rule).equals("true")) return "val";
            read.addAll(rule.reads());
        }
        StringBuilder cols = new StringBuilder("v.idx");
        for (ShipmentColumn c : read) cols.append(", v.").append(c.column());
        db.execute("CREATE TEMP TABLE cand AS SELECT " + cols + " FROM val v JOIN goods g USING (hs_code)"
                + " LEFT JOIN mhit m ON m.manufacturer = v.manufacturer"
                + " LEFT JOIN chit c ON c.carrier IS NOT DISTINCT FROM v.carrier AND c.imo IS NOT DISTINCT FROM v.vessel_imo"
                + " WHERE g.fire OR c.listed OR m.manufacturer IS NOT NULL");
        return "cand";
    }

    private static void dropWork(WorkDatabase db) throws SQLException {
        db.execute("DROP VIEW IF EXISTS val");
        for (String t : WORK_TABLES) db.execute("DROP TABLE IF EXISTS " + t);
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String name(Path path) {
        Path f = path.getFileName();
        return f == null ? path.toString() : f.toString();
    }
}
