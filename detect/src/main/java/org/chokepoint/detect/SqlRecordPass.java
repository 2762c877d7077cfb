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
import org.chokepoint.detect.party.EachParty;
import org.chokepoint.detect.party.MentionTable;
import org.chokepoint.detect.party.NameFacts;
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
 * The record pass with the rows kept out of Java: DuckDB reads the CSV file into a work table, on all its threads; the
 * byte scan that proves the file one DuckDB reads as the Java reader does also proves most rows surely valid ({@code
 * formats.md} §1, as {@code ShipmentParser} checks them), those with blanks once SQL has stripped them, and only the
 * others are read again from the file ({@link OddRows}) and checked in Java ({@link ShipmentRowCheck}) for their exact
 * reasons. Java then works per distinct value, not per row: goods per tariff code, the numbers of the parties'
 * spellings (in order of first occurrence, as {@link MentionTable} numbers them in a sequential pass), carriers and
 * makers screened once each; the work tables ({@code rec}, {@code rid}, {@code term}) are joined in SQL. The record
 * rules run in Java only on the rows that could raise a flag: every rule returns null unless the goods are of concern
 * or the carrier or maker is listed ({@link #couldFlag}), so those rows alone are read back. The tables and files it
 * makes are those of {@link RecordPass}, row for row ({@code rec} in no set order).
 *
 * <p>It reads only what it reads exactly as the Java reader does: a CSV file without NUL bytes, empty lines or quoted line
 * breaks (so that row n is on line n + 1), its lines all ending in a line feed or all in a carriage return and a line
 * feed (Windows's, and Python's {@code csv} module's: the Java reader and DuckDB take either as the line break), with no
 * other carriage return, maybe a byte-order mark before the header (spreadsheets' "CSV UTF-8"), a plain header that
 * names every required column once, and that DuckDB reads strictly (the right number of fields on every row, valid
 * UTF-8). For any other file {@link #run} returns null before it has changed anything, and {@link RecordPass} reads
 * it. Not thread-safe.
 */
final class SqlRecordPass {
    private static final int COUNTRY_TERMS = 26 * 26;
    private static final ShipmentColumn[] COLUMNS = ShipmentColumn.values();
    private static final List<String> WORK_TABLES = List.of("raw", "blank_rows", "checked", "bad", "men", "goods", "unit_term", "chit", "mhit", "nf", "cand");

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
        long size = java.nio.file.Files.size(input);
        // Too large by its bytes alone, or by the rows its first lines promise: not worth the byte scan and the read.
        Head head = head(input);
        if (head == null || !fits(size, head.rows(size), limit)) return null;
        // DuckDB reads the file on one of its threads while this one scans its bytes (the read does not need the scan
        // until it is done): one thread read it for 1.8 CPU-s a million rows in file order, two for 2.8 CPU-s, and the
        // scan's second of CPU no longer waits before the read.
        java.util.concurrent.CompletableFuture<Boolean> reading = readRaw(input, size, head.names(), db);
        Shape shape;
        try {
            ScannedValues scanned = new ScannedValues();
            shape = shape(input, scanned);
            if (shape != null) whileReading(scanned, reading);
        } finally {
            // Whatever the scan found, the read ends before anything else touches the work database.
            reading.exceptionally(e -> false).join();
        }
        step = step.end("record pass: byte scan and read");
        if (!await(reading) || shape == null || !shape.header().equals(head.names()) || !fits(size, shape.lines() - 1, limit)
                || !checkRaw(shape, db)) {
            dropWork(db);
            return null;
        }
        step = step.end("record pass: rows to check");
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
            rejectedRows = recheck(input, db, shape, file, rejects, reasons, first);
            valid = db.count("SELECT count(*) FROM valid_rows");
            step = step.end("record pass: recheck");
            numberSpellings(db);
            step = step.end("record pass: spellings");
            classify(db);
            step = step.end("record pass: goods");
            screenCarriersAndMakers(db);
            step = step.end("record pass: carriers and makers");
            String rows = candidates(db);
            step = step.end("record pass: candidates");
            nameFacts(db, rows);
            step = step.end("record pass: name facts");
            recordRules(db, rows);
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
            // In any order, on all threads: nothing read from rec depends on its order (split shipments sums its amounts
            // as exact decimals, not as doubles in the table's order). Keeping record order cost a sort and an ordered insert.
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
     * Screens the carriers and makers the scan met against the lists (cached by value in {@link RecordPass}) until
     * DuckDB's read ends: the scan ends well before the read, and its core would idle. Screening the first few hundred
     * carriers and makers costs a cold JVM over a CPU-second (the screening code not yet compiled), which the pass spent
     * after the read with DuckDB idle. What is left when the read ends is screened in its step, on the run's threads.
     */
    private void whileReading(ScannedValues scanned, java.util.concurrent.Future<?> reading) {
        for (String[] c : scanned.carriers()) {
            if (reading.isDone()) return;
            facts.carrier(c[0], c[1]);
        }
        for (String m : scanned.makers()) {
            if (reading.isDone()) return;
            facts.manufacturer(m);
        }
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
     * The file's header names and line count, when it is a CSV file this pass reads as the Java reader does; the rows
     * (numbered from 0) that the scan could not prove valid ({@code odd}), which Java checks, read again from the file
     * by their bytes ({@code oddBytes}: each one's first byte and the byte after its last, in pairs); among the others
     * the rows with a value that {@code strip()} would change ({@code blanks}), surely valid once stripped, which SQL
     * strips; the sum that proves DuckDB's rows in file order ({@link #inFileOrder}); and the columns with a value to
     * strip on some row ({@code stripped}).
     */
    record Shape(List<String> header, long lines, long[] blanks, long[] odd, long[] oddBytes, long order, Set<ShipmentColumn> stripped) {}

    /** A growing list of row numbers. */
    private static final class Rows {
        private long[] rows = new long[16];
        private int n;

        void add(long row) {
            if (n == rows.length) rows = java.util.Arrays.copyOf(rows, n * 2);
            rows[n++] = row;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(rows, n);
        }
    }

    /**
     * One look at the bytes: RFC 4180 followed to the letter (a byte-order mark before the header aside), with no NUL,
     * empty line or line break inside quotes, every line ending as the header does (a line feed, or a carriage return
     * and a line feed) and no other carriage return, no quote inside an unquoted field or after a closing one, and on
     * every row as many fields as in the header (DuckDB's strict mode let a row with one field too many through); the header without
     * quotes, valid UTF-8, naming each required column once. On the way, the rows with a value that starts or ends with
     * a blank (a byte up to 0x20, or one of Unicode's spaces, which SQL would find at a far higher cost), and the checks
     * of {@code formats.md} §1 that need no other row, on each value as its bytes go by ({@link #plain}): a row that
     * passes them all, with no blank, is one {@code ShipmentParser} surely accepts, and SQL need not check it again
     * (in SQL, over every row, that check was a third of the read). And what proves DuckDB's rows in file order
     * ({@code order}, {@link #inFileOrder}): the sum over the rows of (row number + 1) times the bytes of the row's values
     * in the columns of {@link #SIGNED}, unquoted, modulo 2^64.
     */
    static Shape shape(Path input) throws IOException {
        return shape(input, null);
    }

    /**
     * {@link #shape(Path)}, giving {@code values} the values of the rows that need neither stripping nor Java's check,
     * as the scan meets them ({@link ScannedValues}; null for none).
     */
    static Shape shape(Path input, ScannedValues values) throws IOException {
        final int back = 4; // bytes of the previous chunk kept before the next, to look back at a value's last bytes
        byte[] head = null;
        List<String> names = null;
        byte[] kinds = null; // what the scan checks in each field of a row, by its place in the header
        boolean[] mapped = null; // whether a field is one of the columns whose bytes the order's sum counts
        boolean[] strips = null; // whether a field starts or ends with a blank on some row
        int[] role = null; // the place of a field's value in valueFrom and valueLen (ScannedValues), -1 for none
        int[] valueFrom = new int[ScannedValues.ROLES], valueLen = new int[ScannedValues.ROLES];
        boolean taken = true; // whether this row's values for ScannedValues are all whole in the buffer
        long order = 0, rowBytes = 0;
        long base = 0; // the place in the file of a[0]
        long start = 0; // the place in the file of the current value's first byte
        int escapes = 0; // the doubled quotes in the current value
        long lines = 0;
        int state = START;
        int fields = 0;
        int expected = -1;
        // A row's line break: a line feed, or a carriage return and a line feed (Windows) when the header ends so; every line
        // then ends so, and the other byte is refused anywhere else.
        int eol = '\n', bare = '\r';
        boolean blank = false, odd = false;
        long rowStart = 0; // the place in the file of the current row's first byte
        int from = -1; // where the current value's bytes start in the buffer, -1 when in an earlier chunk
        Rows blanks = new Rows(), odds = new Rows(), oddBytes = new Rows();
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
                from = -1;
                base = total - back;
                end = back + n;
                int i = back;
                if (total == 0) {
                    if (n >= 4 && a[back] == 'P' && a[back + 1] == 'A' && a[back + 2] == 'R' && a[back + 3] == '1') return null;
                    if (bom(a, back, n)) i += 3;
                }
                total += n;
                if (head == null) {
                    int headFrom = i;
                    while (i < end && a[i] != '\n') i++;
                    header.write(a, headFrom, i - headFrom);
                    if (header.size() > 1 << 20) return null;
                    if (i == end) continue;
                    head = header.toByteArray();
                    if (head.length > 0 && head[head.length - 1] == '\r') {
                        head = java.util.Arrays.copyOf(head, head.length - 1);
                        eol = '\r';
                        bare = '\n';
                    }
                    names = header(head);
                    if (names == null) return null;
                    expected = names.size();
                    kinds = new byte[expected];
                    mapped = new boolean[expected];
                    strips = new boolean[expected];
                    role = new int[expected];
                    for (int f = 0; f < expected; f++) {
                        kinds[f] = kind(ShipmentColumn.of(names.get(f)));
                        mapped[f] = SIGNED.contains(ShipmentColumn.of(names.get(f)));
                        role[f] = role(ShipmentColumn.of(names.get(f)));
                    }
                    lines = 1;
                    state = LINE_START;
                    rowStart = base + i + 1;
                    i++;
                }
                while (i < end) {
                    int b = a[i] & 0xFF;
                    int last; // the last byte of the value that ends at i, or -1 for an empty one
                    switch (state) {
                        case AFTER_CR -> {
                            if (b != '\n') return null;
                            state = LINE_START;
                            i++;
                            continue;
                        }
                        case UNQUOTED -> {
                            i = runEnd(a, i, end, false);
                            if (i == end) continue;
                            b = a[i] & 0xFF;
                            if (b != ',' && b != eol) return null; // a quote, NUL, or the line break's other byte
                            last = i - 1;
                        }
                        case QUOTED -> {
                            i = runEnd(a, i, end, true);
                            if (i == end) continue;
                            b = a[i] & 0xFF;
                            if (b != '"') return null;
                            state = QUOTE_IN_QUOTED;
                            i++;
                            continue;
                        }
                        case QUOTE_IN_QUOTED -> {
                            if (b == '"') {
                                escapes++;
                                state = QUOTED;
                                i++;
                                continue;
                            }
                            if (b != ',' && b != eol) return null;
                            last = i - 2;
                        }
                        default -> {
                            if (b == '"') {
                                if (mayStartBlank(a, i + 1, end) && startsBlank(a, i + 1, end)) blank = strips[Math.min(fields, expected - 1)] = true;
                                state = QUOTED;
                                from = ++i;
                                start = base + i;
                                escapes = 0;
                                continue;
                            }
                            if (b == bare || b == 0 || b == eol && state == LINE_START) return null;
                            if (b != ',' && b != eol) {
                                if ((b <= 0x20 || b >= 0xE1 && b <= 0xE3) && startsBlank(a, i, end)) blank = strips[Math.min(fields, expected - 1)] = true;
                                state = UNQUOTED;
                                start = base + i;
                                escapes = 0;
                                from = i++;
                                // The value's run at once, as the UNQUOTED case would on the next turn of the loop: a turn
                                // of the loop less for most of a file's values.
                                i = runEnd(a, i, end, false);
                                if (i == end) continue;
                                b = a[i] & 0xFF;
                                if (b != ',' && b != eol) return null; // a quote, NUL, or the line break's other byte
                                last = i - 1;
                            } else last = -1;
                        }
                    }
                    // b ends a value: a comma or a line break. (The calls only for a last byte that may end a blank, and for
                    // a value that needs more than a first look: a call costs the quick compiler the loop's registers.)
                    if (last >= 0) {
                        int l1 = a[last] & 0xFF;
                        if ((l1 <= 0x20 || l1 >= 0x80 && endsBlank(l1, a[last - 1] & 0xFF, a[last - 2] & 0xFF))) blank = strips[Math.min(fields, expected - 1)] = true;
                    }
                    if (!odd && fields < expected && kinds[fields] != 0) {
                        // A required text whose first byte is a printable ASCII character, or the first of a character that
                        // is no space, is plain: the most common value, checked here without a call.
                        byte kind = kinds[fields];
                        int first;
                        if (!(kind == (TEXT | REQUIRED) && from >= 0 && last >= from && (state == UNQUOTED || state == QUOTE_IN_QUOTED)
                                && (first = a[from] & 0xFF) > 0x20 && (first < 0xE1 || first > 0xE3))
                                && !plain(a, from, last, state, kind)) odd = true;
                    }
                    if (fields < expected && mapped[fields] && (state == UNQUOTED || state == QUOTE_IN_QUOTED)) rowBytes += base + last - start + 1 - escapes;
                    if (values != null && fields < expected && role[fields] >= 0) {
                        int r = role[fields];
                        if (state != UNQUOTED && state != QUOTE_IN_QUOTED) valueLen[r] = 0;
                        else if (from < 0 || escapes > 0) taken = false;
                        else {
                            valueFrom[r] = from;
                            valueLen[r] = last - from + 1;
                        }
                    }
                    if (b == ',') {
                        fields++;
                        state = START;
                    } else {
                        if (fields + 1 != expected) return null;
                        if (odd) {
                            odds.add(lines - 1);
                            oddBytes.add(rowStart);
                            oddBytes.add(base + i);
                        } else if (blank) blanks.add(lines - 1);
                        else if (values != null && taken && rowStart - base >= back) values.row(a, valueFrom, valueLen);
                        taken = true;
                        rowStart = base + i + (eol == '\r' ? 2 : 1);
                        order += lines * rowBytes;
                        rowBytes = 0;
                        blank = odd = false;
                        fields = 0;
                        lines++;
                        state = eol == '\r' ? AFTER_CR : LINE_START;
                    }
                    i++;
                }
            }
            if (head == null || state == QUOTED || state == AFTER_CR) return null;
            if (state != LINE_START) {
                if (fields + 1 != expected) return null;
                int last = state == UNQUOTED ? end - 1 : state == QUOTE_IN_QUOTED ? end - 2 : -1;
                if (last >= 0 && endsBlank(a[last] & 0xFF, a[last - 1] & 0xFF, a[last - 2] & 0xFF)) blank = strips[Math.min(fields, expected - 1)] = true;
                if (kinds[fields] != 0 && !plain(a, from, last, state, kinds[fields])) odd = true;
                if (mapped[fields] && (state == UNQUOTED || state == QUOTE_IN_QUOTED)) rowBytes += base + last - start + 1 - escapes;
                if (odd) {
                    odds.add(lines - 1);
                    oddBytes.add(rowStart);
                    oddBytes.add(total);
                } else if (blank) blanks.add(lines - 1);
                order += lines * rowBytes;
                lines++;
            }
        }
        Set<ShipmentColumn> stripped = java.util.EnumSet.noneOf(ShipmentColumn.class);
        for (int f = 0; f < expected; f++) if (strips[f] && ShipmentColumn.of(names.get(f)) != null) stripped.add(ShipmentColumn.of(names.get(f)));
        return new Shape(names, lines, blanks.toArray(), odds.toArray(), oddBytes.toArray(), order, stripped);
    }

    /** Where {@link ScannedValues#row} takes a column's value, -1 for a column it does not take. */
    private static int role(ShipmentColumn c) {
        if (c == null) return -1;
        return switch (c) {
            case CARRIER -> ScannedValues.CARRIER;
            case VESSEL_IMO -> ScannedValues.IMO;
            case MANUFACTURER -> ScannedValues.MAKER;
            default -> -1;
        };
    }

    /** The header's names, stripped; null unless it is valid UTF-8 without quotes and names each required column once. */
    private static List<String> header(byte[] head) {
        for (byte b : head) if (b == '"' || b == '\r' || b == 0) return null;
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
        return names;
    }

    // The bytes that end a run of an unquoted value's bytes (a comma, a line break, or a byte it must not hold), and of a
    // quoted one's (its closing quote, or a byte it must not hold).
    private static final boolean[] UNQUOTED_STOP = new boolean[256], QUOTED_STOP = new boolean[256];
    static {
        for (char c : new char[] {',', '\n', '"', '\r', 0}) UNQUOTED_STOP[c] = true;
        for (char c : new char[] {'\n', '"', '\r', 0}) QUOTED_STOP[c] = true;
    }

    /** A byte array read as little-endian longs, eight bytes at a time (also {@link ScannedValues}'s hash). */
    static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
            java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L, HIGHS = 0x8080808080808080L;

    /**
     * Where the run of a value's bytes from {@code i} ends: at the first byte before {@code end} that ends a quoted value's
     * run ({@link #QUOTED_STOP}) or an unquoted one's ({@link #UNQUOTED_STOP}), else {@code end}. Eight bytes at a time,
     * each compared with the stops at once (a byte equal to one is a zero byte of the word XOR the stop repeated): most
     * values are longer than eight bytes, and byte by byte the scan cost as much as DuckDB's parsing of the file.
     */
    private static int runEnd(byte[] a, int i, int end, boolean quoted) {
        while (i + 8 <= end) {
            long w = (long) LONGS.get(a, i);
            long m = zeroBytes(w) | zeroBytes(w ^ (ONES * '\n')) | zeroBytes(w ^ (ONES * '"')) | zeroBytes(w ^ (ONES * '\r'));
            if (!quoted) m |= zeroBytes(w ^ (ONES * ','));
            if (m != 0) return i + lowestByte(m);
            i += 8;
        }
        boolean[] stop = quoted ? QUOTED_STOP : UNQUOTED_STOP;
        while (i < end && !stop[a[i] & 0xFF]) i++;
        return i;
    }

    /**
     * The place (0 to 7) of the lowest byte of {@code m} with its high bit set, {@code m} not 0: its lowest bit alone, as
     * a multiplier, moves that byte's place in a constant to the top. {@code Long.numberOfTrailingZeros} is no intrinsic
     * of the quick compiler that {@code detect} runs on, and its Java body took a tenth of the scan's samples.
     */
    private static int lowestByte(long m) {
        return (int) ((((m & -m) >>> 7) * 0x0001020304050607L) >>> 56);
    }

    /** The high bit of each byte of {@code w} set where the lowest zero byte is (and maybe above it): the lowest is exact. */
    private static long zeroBytes(long w) {
        return (w - ONES) & ~w & HIGHS;
    }

    // What the scan checks in a value ({@link #plain}): the kind of value, and whether it is required.
    private static final byte TEXT = 1, DATE = 2, COUNTRY = 3, HS = 4, AMOUNT = 5, MODE = 6, IMO = 7, REQUIRED = 8;

    private static byte kind(ShipmentColumn c) {
        if (c == null) return 0;
        byte kind = switch (c) {
            case DATE -> DATE;
            case EXPORTER_COUNTRY, IMPORTER_COUNTRY, ORIGIN_COUNTRY, DISPATCH_COUNTRY, DESTINATION_COUNTRY -> COUNTRY;
            case HS_CODE -> HS;
            case QUANTITY, NET_WEIGHT_KG, VALUE_USD -> AMOUNT;
            case TRANSPORT_MODE -> MODE;
            case VESSEL_IMO -> IMO;
            default -> c.required() ? TEXT : 0;
        };
        return c.required() ? (byte) (kind | REQUIRED) : kind;
    }

    /** The ISO 3166-1 alpha-2 codes, by the number of their two capitals. */
    private static final boolean[] ISO2 = new boolean[COUNTRY_TERMS];
    static {
        for (int code = 0; code < COUNTRY_TERMS; code++) ISO2[code] = Countries.isIso2(countryText(code));
    }

    /** The transport modes ({@code TransportMode}'s values), as bytes. */
    private static final byte[][] MODES = java.util.Arrays.stream(org.chokepoint.trade.record.TransportMode.values())
            .map(m -> m.value().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    /**
     * Whether a value surely passes {@code ShipmentParser}'s checks of its column once stripped: present when required; a date YYYY-MM-DD that exists, from year 1000; an ISO country code; an HS code of 6 to 10 digits; digits
     * with an optional fraction; a transport mode; an IMO number with its check digit; a required text that starts with
     * a blank holds a byte that stripping keeps ({@link #visible}).
     * False when in doubt (a value begun in an earlier chunk of the file, say): Java then checks the row.
     *
     * @param from  the value's first byte (after an opening quote), -1 when it began in an earlier chunk
     * @param last  its last byte (before a closing quote), -1 for an empty unquoted value
     * @param state how it was written: {@code UNQUOTED}, {@code QUOTE_IN_QUOTED} (quoted) or else empty
     */
    private static boolean plain(byte[] a, int from, int last, int state, byte kind) {
        if (state != UNQUOTED && state != QUOTE_IN_QUOTED) return (kind & REQUIRED) == 0; // empty: absent
        if (from < 0) return false;
        int len = last - from + 1;
        if (len == 0) return (kind & REQUIRED) == 0; // "": absent
        return switch (kind & ~REQUIRED) {
            case DATE -> len == 10 && date(a, from);
            case COUNTRY -> len == 2 && a[from] >= 'A' && a[from] <= 'Z' && a[from + 1] >= 'A' && a[from + 1] <= 'Z'
                    && ISO2[(a[from] - 'A') * 26 + a[from + 1] - 'A'];
            case HS -> len >= 6 && len <= 10 && digits(a, from, len) >= 0;
            case AMOUNT -> amount(a, from, len);
            case MODE -> mode(a, from, len);
            case IMO -> len == 7 && digits(a, from, 7) >= 0 && imoCheck(a, from);
            case TEXT -> !startsBlank(a, from, last + 1) || visible(a, from, last);
            default -> true;
        };
    }

    /** False when the value at {@code i} surely does not start with a blank ({@link #startsBlank}), by its first byte. */
    private static boolean mayStartBlank(byte[] a, int i, int end) {
        if (i >= end) return true;
        int b = a[i] & 0xFF;
        return b <= 0x20 || b >= 0xE1 && b <= 0xE3;
    }

    /**
     * Whether a value that starts with a blank holds a byte that {@code strip()} keeps for sure (a printable ASCII
     * character), so that a required text stays present once stripped; false when in doubt (only blanks and bytes of
     * other characters, or a value begun in an earlier chunk): Java then checks the row. The checks of {@link #plain} hold
     * for the unstripped bytes, and a value of any other kind that they accept has no blank to strip.
     */
    private static boolean visible(byte[] a, int from, int last) {
        if (from < 0) return false;
        for (int k = from; k <= last; k++) if (a[k] > 0x20) return true; // bytes from 0x80 are negative
        return false;
    }

    /** The value of the digits a[from, from + len), or -1 when not all are digits (len at most 10). */
    private static long digits(byte[] a, int from, int len) {
        long v = 0;
        for (int k = from; k < from + len; k++) {
            int d = a[k] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    private static boolean date(byte[] a, int from) {
        if (a[from + 4] != '-' || a[from + 7] != '-') return false;
        long y = digits(a, from, 4), m = digits(a, from + 5, 2), d = digits(a, from + 8, 2);
        if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
        return d <= lengthOfMonth(y, m);
    }

    /**
     * The days of month {@code m} (1-12) of year {@code y} in the proleptic Gregorian calendar, as {@code
     * YearMonth.lengthOfMonth()} counts them (made once a row, a {@code YearMonth} cost the scan an object a row).
     */
    static int lengthOfMonth(long y, long m) {
        if (m == 2) return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28;
        return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
    }

    private static boolean amount(byte[] a, int from, int len) {
        int k = from, end = from + len;
        while (k < end && a[k] >= '0' && a[k] <= '9') k++;
        // More digits before the point than ShipmentParser allows, or leading zeros that may bring them under it: Java decides.
        if (k == from || k - from > ShipmentRowCheck.MAX_AMOUNT_INTEGER_DIGITS) return false;
        if (k == end) return true;
        if (a[k] != '.' || k + 1 == end) return false;
        return digits(a, k + 1, end - k - 1) >= 0;
    }

    private static boolean mode(byte[] a, int from, int len) {
        for (byte[] m : MODES) if (m.length == len && java.util.Arrays.equals(a, from, from + len, m, 0, len)) return true;
        return false;
    }

    private static boolean imoCheck(byte[] a, int from) {
        int sum = 0;
        for (int k = 0; k < 6; k++) sum += (a[from + k] - '0') * (7 - k);
        return sum % 10 == a[from + 6] - '0';
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
    // just after a quote inside a quoted value (its end, or the first of two), between a row's carriage return and its
    // line feed.
    private static final int START = 0, LINE_START = 1, UNQUOTED = 2, QUOTED = 3, QUOTE_IN_QUOTED = 4, AFTER_CR = 5;

    /**
     * The names of a file's header, as {@link #shape} reads them, and the rows its first mebibyte promises; null for a file
     * {@link #shape} surely refuses by its first line (Parquet, a carriage return other than the line break's, a header
     * that does not name the required columns), whose read would be wasted.
     */
    record Head(List<String> names, long lines, long bytes) {
        /** The rows a file of {@code size} bytes likely holds, at the lines per byte of its start. */
        long rows(long size) {
            return bytes == 0 ? 0 : (long) ((double) size * lines / bytes);
        }
    }

    /**
     * Whether the {@code n} bytes from {@code a[from]} start with UTF-8's byte-order mark, which the Java reader takes off
     * the header's first name and DuckDB skips (spreadsheets write it before the header).
     */
    private static boolean bom(byte[] a, int from, int n) {
        return n >= 3 && (a[from] & 0xFF) == 0xEF && (a[from + 1] & 0xFF) == 0xBB && (a[from + 2] & 0xFF) == 0xBF;
    }

    static Head head(Path input) throws IOException {
        byte[] a;
        try (var in = java.nio.file.Files.newInputStream(input)) {
            a = in.readNBytes((1 << 20) + 1);
        }
        if (a.length >= 4 && a[0] == 'P' && a[1] == 'A' && a[2] == 'R' && a[3] == '1') return null;
        int start = bom(a, 0, a.length) ? 3 : 0;
        int eol = start;
        while (eol < a.length && a[eol] != '\n') eol++;
        if (eol == a.length) return null;
        List<String> names = header(java.util.Arrays.copyOfRange(a, start, eol > start && a[eol - 1] == '\r' ? eol - 1 : eol));
        if (names == null) return null;
        long lines = 0;
        for (byte b : a) if (b == '\n') lines++;
        return new Head(names, lines, a.length);
    }

    /**
     * DuckDB reads the file strictly into {@code raw}, on a thread of its own: every field as text, in file order, so that
     * a row's {@code rowid} is its place in the file (numbered from 0, {@code ln}). False when DuckDB cannot read the file
     * so (nothing is left then); fails only when the work database does.
     */
    private static java.util.concurrent.CompletableFuture<Boolean> readRaw(Path input, long size, List<String> header, WorkDatabase db) {
        StringBuilder columns = new StringBuilder("{");
        String[] field = new String[COLUMNS.length];
        for (int i = 0; i < header.size(); i++) {
            if (i > 0) columns.append(", ");
            columns.append("'c").append(i).append("': 'VARCHAR'");
            ShipmentColumn c = ShipmentColumn.of(header.get(i));
            if (c != null) field[c.ordinal()] = "c" + i;
        }
        columns.append('}');
        StringBuilder select = new StringBuilder();
        for (ShipmentColumn c : COLUMNS) {
            select.append(select.isEmpty() ? "" : ", ").append(field[c.ordinal()] == null ? "CAST(NULL AS VARCHAR)" : field[c.ordinal()])
                    .append(" AS ").append(c.column());
        }
        // Every empty field, quoted or not, is read as null (DuckDB's defaults, written out: valid_rows relies on raw holding
        // no empty text).
        String sql = "CREATE TEMP TABLE raw AS SELECT " + select + " FROM read_csv(" + literal(input.toString())
                + ", header = true, delim = ',', quote = '\"', escape = '\"', columns = " + columns
                + ", auto_detect = false, strict_mode = true, null_padding = false, ignore_errors = false, all_varchar = true, nullstr = '', allow_quoted_nulls = true";
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                // In file order: DuckDB keeps the CSV reader's order in the table it makes when told to preserve insertion
                // order, and inFileOrder checks it. (Numbering the rows with row_number() instead kept the read on one
                // thread, and its CPU time varied from 3 to 8 s a million rows.) The order costs nothing on one thread, nor
                // on several when each reads a buffer of a large share of the file: in DuckDB's buffers of 32 MB two threads
                // read the 1M file (260 MB) for 2.6-2.8 CPU-s against 1.7-1.8 on one, in buffers of 128 MB for 1.7-1.9
                // (about 0.9 each). The byte scan, on a core of its own, waited for the read's single thread; a small file
                // goes on one thread (100k rows, 26 MB: 0.19-0.21 CPU-s, 0.27-0.49 on two).
                String threads = setting(db, "threads");
                long buffer = readBuffer(size, Integer.parseInt(threads));
                if (buffer == 0) db.execute("SET threads = 1");
                db.execute("SET preserve_insertion_order = true");
                try {
                    db.execute(sql + (buffer == 0 ? "" : ", buffer_size = " + buffer) + ")");
                    return true;
                } catch (SQLException e) {
                    return false;
                } finally {
                    db.execute("SET preserve_insertion_order = false");
                    db.execute("SET threads = " + Integer.parseInt(threads));
                }
            } catch (SQLException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, r -> Thread.ofPlatform().name("chokepoint-csv-read").daemon().start(r));
    }

    /** The file size from which DuckDB reads on all its threads ({@link #readRaw}), and the most of its buffers then. */
    private static final long PARALLEL_READ = 64L << 20, READ_BUFFER = 128L << 20;

    /**
     * The buffer in which DuckDB reads a file of {@code size} bytes on its {@code threads} threads ({@link #readRaw}): a
     * share of the file each, at most {@link #READ_BUFFER}; 0 for a read on one thread (a file under {@link
     * #PARALLEL_READ}, or one thread).
     */
    static long readBuffer(long size, int threads) {
        if (size < PARALLEL_READ || threads < 2) return 0;
        return Math.min(READ_BUFFER, (size + threads - 1) / threads + (1 << 20));
    }

    /** Whether the read ({@link #readRaw}) made {@code raw}; rethrows what failed in the work database. */
    private static boolean await(java.util.concurrent.CompletableFuture<Boolean> reading) throws SQLException {
        try {
            return reading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof SQLException s) throw s;
            throw e;
        }
    }

    private static String setting(WorkDatabase db, String name) throws SQLException {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM duckdb_settings() WHERE name = " + literal(name))) {
            if (!rs.next()) throw new SQLException("no setting " + name);
            return rs.getString(1);
        }
    }

    /**
     * After the read ({@link #readRaw}) and the byte scan: proves {@code raw}'s rows in file order ({@link #inFileOrder}),
     * and {@code blank_rows} holds the rows with a value to strip that the scan proved valid once stripped. False when
     * the rows are not in file order.
     */
    private static boolean checkRaw(Shape shape, WorkDatabase db) throws SQLException {
        db.execute("CREATE TEMP TABLE blank_rows (ln BIGINT)");
        rows(db, "blank_rows", shape.blanks());
        return inFileOrder(db, shape);
    }

    /**
     * The columns whose bytes the sum that proves the rows in file order counts: those whose lengths differ most from row
     * to row (the record id, the names, the description); a sum over all 23 cost a full scan of the table (0.36 CPU-s a
     * million rows), over these a fraction of it.
     */
    private static final Set<ShipmentColumn> SIGNED = java.util.EnumSet.of(ShipmentColumn.RECORD_ID, ShipmentColumn.EXPORTER_NAME,
            ShipmentColumn.IMPORTER_NAME, ShipmentColumn.DESCRIPTION);

    /**
     * Whether {@code raw}'s rows are in file order: the sum over its rows of ({@code rowid} + 1) times the bytes of their
     * values equals the byte scan's over the file's rows ({@link Shape#order}, modulo 2^64). Rows out of order with
     * different lengths would change it.
     */
    private static boolean inFileOrder(WorkDatabase db, Shape shape) throws SQLException {
        StringBuilder bytes = new StringBuilder();
        for (ShipmentColumn c : SIGNED) bytes.append(bytes.isEmpty() ? "" : " + ").append("strlen(coalesce(").append(c.column()).append(", ''))");
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT CAST(coalesce(sum((rowid + 1) * (" + bytes + ")), 0) AS VARCHAR) FROM raw")) {
            rs.next();
            java.math.BigInteger sum = new java.math.BigInteger(rs.getString(1)).mod(java.math.BigInteger.ONE.shiftLeft(64));
            return sum.equals(new java.math.BigInteger(Long.toUnsignedString(shape.order())));
        }
    }
    private static void rows(WorkDatabase db, String table, long[] rows) throws SQLException {
        try (DuckDBAppender a = db.appender(table)) {
            for (long ln : rows) {
                a.beginRow();
                a.append(ln);
                a.endRow();
            }
        }
    }

    /**
     * The characters {@link Character#isWhitespace(int)} accepts, which {@code String.strip()} removes, as an RE2 class.
     * ({@code trim} with these characters cost six times as much.)
     */
    private static final String WHITESPACE = "[\\x{9}-\\x{D}\\x{1C}-\\x{20}\\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200A}\\x{2028}\\x{2029}\\x{205F}\\x{3000}]";

    private static String countryText(int code) {
        return new String(new char[] {(char) ('A' + code / 26), (char) ('A' + code % 26)});
    }

    /** The number of a checked country code, by its letters, as {@link RecordPass} numbers it. */
    private static String country(String v) {
        return "((ascii(" + v + ") - 65) * 26 + ascii(substr(" + v + ", 2, 1)) - 65)";
    }

    /**
     * Checks in Java, in file order, the rows the byte scan could not prove valid, read again from the file ({@link
     * OddRows}): a rejected row goes to the rejects file and to {@code bad}, an accepted one to {@code checked}, with its
     * values as the parser took them, and replaces its row in {@code raw}; the rejected rows leave it, and the rows of
     * {@code blank_rows} get their values stripped there. Then {@code valid_rows} holds every valid row with its place in
     * the file ({@code ln}, its {@code rowid}); {@code val} the same, numbered ({@code idx}) in file order among the valid rows.
     */
    private long recheck(Path input, WorkDatabase db, Shape shape, String file, RejectsFile rejects, Map<String, Long> reasons, List<Rejection> first)
            throws SQLException, IOException {
        StringBuilder cols = new StringBuilder("ln BIGINT");
        for (ShipmentColumn c : COLUMNS) cols.append(", ").append(c.column()).append(" VARCHAR");
        db.execute("CREATE TEMP TABLE checked (" + cols + ")");
        db.execute("CREATE TEMP TABLE bad (ln BIGINT, k BIGINT)");
        ShipmentRowCheck check = new ShipmentRowCheck(file);
        long rejected = 0;
        try (DuckDBAppender fixed = db.appender("checked"); DuckDBAppender bad = db.appender("bad");
             OddRows odd = new OddRows(input, shape.header(), shape.oddBytes())) {
            String[] fields = new String[COLUMNS.length];
            for (long ln : shape.odd()) {
                if (!odd.next(fields)) throw new IllegalStateException("no bytes for row " + ln);
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
        // The rows Java accepted (their values stripped, empty ones null) replace the rows of raw they come from, and the
        // rows with blanks that the scan proved valid are stripped in place, a value stripped to nothing made null: raw then
        // holds no empty text (DuckDB read every empty field, quoted or not, as null: readRaw), and valid_rows reads its
        // columns as they are. (With nullif over every column in the view, each scan of it cost 10-15% more: 0.2 CPU-s in
        // all for the spellings, the candidates and the distinct codes and carriers of a million records.)
        StringBuilder values = new StringBuilder();
        for (ShipmentColumn c : COLUMNS) values.append(", ").append(c.column());
        // Fixed in raw itself, so that every later step scans a table: a scan of the view that put them in place of raw's
        // rows (a union and an anti-join) cost 2-3 times a plain scan. The rejected rows go, and the rowid of the rows left
        // stays their place in the file. Stripped as String.strip() strips (Java's whitespace, not U+00A0, U+2007 or
        // U+202F), only in the columns where the scan met a blank (addresses and names, say): in any other the regular
        // expression would change nothing, and over every column of the rows to strip it cost 0.5 CPU-s a million rows.
        // The update reads only those columns of raw; a table of the rows to strip, stripped and checked in SQL, took a
        // scan of every column (0.6 CPU-s a million rows, against 0.15).
        StringBuilder strip = new StringBuilder();
        for (ShipmentColumn c : shape.stripped()) {
            strip.append(strip.isEmpty() ? "" : ", ").append(c.column()).append(" = nullif(regexp_replace(").append(c.column()).append(", '^")
                    .append(WHITESPACE).append("+|").append(WHITESPACE).append("+$', '', 'g'), '')");
        }
        if (!strip.isEmpty() && shape.blanks().length > 0) db.execute("UPDATE raw SET " + strip + " WHERE rowid IN (SELECT ln FROM blank_rows)");
        StringBuilder all = new StringBuilder();
        for (ShipmentColumn c : COLUMNS) all.append(all.isEmpty() ? "" : ", ").append(c.column()).append(" = k.").append(c.column());
        if (db.count("SELECT count(*) FROM checked") > 0) db.execute("UPDATE raw SET " + all + " FROM checked k WHERE raw.rowid = k.ln");
        if (rejected > 0) db.execute("DELETE FROM raw WHERE rowid IN (SELECT ln FROM bad)");
        db.execute("CREATE TEMP VIEW valid_rows AS SELECT rowid AS ln" + values + " FROM raw");
        // A valid row's number is its place among the valid rows: its place in the file less the rejected rows before it.
        // Only the steps that need it read val: with rejects its join cost up to seven times a plain read of the rows.
        if (rejected == 0) db.execute("CREATE TEMP VIEW val AS SELECT ln AS idx, * FROM valid_rows");
        else db.execute("CREATE TEMP VIEW val AS SELECT u.ln - coalesce(b.k, 0) AS idx, u.* FROM valid_rows u ASOF LEFT JOIN bad b ON u.ln >= b.ln");
        return rejected;
    }

    /** The spellings of the parties, numbered in order of first occurrence (the exporter's before the importer's), counted. */
    private void numberSpellings(WorkDatabase db) throws SQLException {
        db.execute("""
                CREATE TEMP TABLE men AS SELECT row_number() OVER (ORDER BY pos) - 1 AS m, name, country, id, address, n,
                  hash(name, country, id, address) AS h FROM (
                  SELECT name, country, id, address, min(pos) AS pos, count(*) AS n FROM (
                    SELECT exporter_name AS name, exporter_country AS country, coalesce(exporter_id, '') AS id, coalesce(exporter_address, '') AS address,
                      ln * 2 AS pos FROM valid_rows
                    UNION ALL SELECT importer_name, importer_country, coalesce(importer_id, ''), coalesce(importer_address, ''), ln * 2 + 1 FROM valid_rows)
                  GROUP BY name, country, id, address)""");
        // One text per spelling, its four values joined by a separator: DuckDB's driver makes a Java string of each text it
        // hands over, and four texts a spelling made the read of the 73,870 spellings of a million records cost 0.22-0.30
        // CPU-s on the quick compiler, one text 0.09-0.14; and that text as its bytes ({@link EncodedText}) less again. A spelling
        // whose values hold the separator is read by its columns.
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT encode(name || chr(31) || country || chr(31) || id || chr(31) || address), n FROM men ORDER BY m")) {
            String[] values = new String[4];
            for (int row = 0; rs.next(); row++) {
                if (!split(EncodedText.of(rs, 1), values)) spelling(db, row, values);
                int m = mentions.intern(values[0], values[1], absentIfEmpty(values[2]), absentIfEmpty(values[3]));
                if (m != row) throw new IllegalStateException("spelling numbered " + m + ", expected " + row);
                long more = rs.getLong(2) - 1;
                if (more > 0) mentions.count(m, more);
            }
        }
    }

    /** The separator of a spelling's values in {@link #numberSpellings}' read (U+001F, the unit separator). */
    private static final char SEPARATOR = '\u001f';

    /**
     * Splits a spelling's joined values into {@code values}; false when they are not four (a value held the separator,
     * or the text is null), and the spelling must be read by its columns.
     */
    static boolean split(String joined, String[] values) {
        if (joined == null) return false;
        int from = 0;
        for (int k = 0; k < 3; k++) {
            int at = joined.indexOf(SEPARATOR, from);
            if (at < 0) return false;
            values[k] = joined.substring(from, at);
            from = at + 1;
        }
        if (joined.indexOf(SEPARATOR, from) >= 0) return false;
        values[3] = joined.substring(from);
        return true;
    }

    /** The four values of spelling {@code m} read by their columns. */
    private static void spelling(WorkDatabase db, int m, String[] values) throws SQLException {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT name, country, id, address FROM men WHERE m = " + m)) {
            if (!rs.next()) throw new IllegalStateException("no spelling " + m);
            for (int k = 0; k < 4; k++) values[k] = rs.getString(k + 1);
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
             ResultSet rs = st.executeQuery("SELECT DISTINCT hs_code FROM valid_rows")) {
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
             ResultSet rs = st.executeQuery("SELECT DISTINCT unit FROM valid_rows WHERE unit IS NOT NULL")) {
            while (rs.next()) {
                t.beginRow();
                t.append(rs.getString(1));
                t.append(term(terms, rs.getString(1)));
                t.endRow();
            }
        }
        try (Statement st = db.connection().createStatement(); DuckDBAppender t = db.appender("term");
             ResultSet rs = st.executeQuery("""
                     SELECT DISTINCT c FROM (SELECT exporter_country AS c FROM valid_rows UNION ALL SELECT importer_country FROM valid_rows
                       UNION ALL SELECT destination_country FROM valid_rows UNION ALL SELECT dispatch_country FROM valid_rows
                       UNION ALL SELECT origin_country FROM valid_rows)
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

    /**
     * Screens each distinct carrier (with its IMO number) and maker once; those listed go to {@code chit} and {@code mhit}.
     * The screens run on the run's threads ({@link EachParty}; the caches of {@link RecordPass} are thread-safe): each
     * distinct value is a screen against the lists (376 carriers with their IMO numbers and 218 makers in the generated
     * million records), which one thread did one after the other while the other core idled.
     */
    private void screenCarriersAndMakers(WorkDatabase db) throws SQLException {
        db.execute("CREATE TEMP TABLE chit (carrier VARCHAR, imo VARCHAR, listed BOOLEAN)");
        db.execute("CREATE TEMP TABLE mhit (manufacturer VARCHAR)");
        List<String[]> carriers = new ArrayList<>();
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT carrier, vessel_imo FROM valid_rows WHERE carrier IS NOT NULL OR vessel_imo IS NOT NULL")) {
            while (rs.next()) carriers.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        boolean[] carrierListed = new boolean[carriers.size()];
        EachParty.run(facts.threads(), carriers.size(), "screening carriers", i -> carrierListed[i] = facts.carrier(carriers.get(i)[0], carriers.get(i)[1]) != null);
        try (DuckDBAppender t = db.appender("chit")) {
            for (int i = 0; i < carriers.size(); i++) {
                if (!carrierListed[i]) continue;
                String carrier = carriers.get(i)[0], imo = carriers.get(i)[1];
                t.beginRow();
                if (carrier == null) t.appendNull();
                else t.append(carrier);
                if (imo == null) t.appendNull();
                else t.append(imo);
                t.append(true);
                t.endRow();
            }
        }
        List<String> makers = new ArrayList<>();
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT manufacturer FROM valid_rows WHERE manufacturer IS NOT NULL")) {
            while (rs.next()) makers.add(rs.getString(1));
        }
        boolean[] makerListed = new boolean[makers.size()];
        EachParty.run(facts.threads(), makers.size(), "screening makers", i -> makerListed[i] = facts.manufacturer(makers.get(i)) != null);
        try (DuckDBAppender t = db.appender("mhit")) {
            for (int i = 0; i < makers.size(); i++) {
                if (!makerListed[i]) continue;
                t.beginRow();
                t.append(makers.get(i));
                t.endRow();
            }
        }
    }

    /**
     * What the names of the parties to goods of concern say ({@code nf}): a forwarder, a line of business. Read from the
     * candidates ({@code rows}, {@link #candidates}), which hold every record of goods of concern with both names: a
     * fifth to a third of the records instead of all of them, twice.
     */
    private void nameFacts(WorkDatabase db, String rows) throws SQLException {
        db.execute("CREATE TEMP TABLE nf (name VARCHAR, forwarder BOOLEAN, lines BOOLEAN)");
        List<String> names = new ArrayList<>();
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT encode(name) FROM (SELECT DISTINCT name FROM (SELECT exporter_name AS name FROM " + rows
                     + " WHERE concern UNION ALL SELECT importer_name FROM " + rows + " WHERE concern))")) {
            while (rs.next()) names.add(EncodedText.of(rs, 1));
        }
        // On the run's threads, as the carriers are screened: the facts are cached and pure.
        NameFacts[] found = new NameFacts[names.size()];
        EachParty.run(facts.threads(), names.size(), "what names say", i -> found[i] = facts.facts(names.get(i)));
        try (DuckDBAppender t = db.appender("nf")) {
            for (int i = 0; i < names.size(); i++) {
                t.beginRow();
                t.append(names.get(i));
                t.append(found[i].forwarder());
                t.append(!found[i].lines().isEmpty());
                t.endRow();
            }
        }
    }

    /**
     * An SQL condition (over {@code cand v}, with its goods' and listings' marks ({@link #candidates}), and {@code nf xn} and
     * {@code nf imn} for the exporter's and importer's names) that holds for every record on which the rule may raise its flag,
     * a function of the columns the rule reads (so that it may also filter the join of the rule's flags back): what each of
     * the standard rules requires before it looks further (goods of concern to a banned destination on or after the ban, arms
     * from an embargoed country, a forwarder or a name that declares a line of business...). A rule it does not know gets
     * the condition every record rule meets ({@link #couldFlag}, a listed carrier or maker). {@code SqlRecordPassTest}
     * holds the two passes to the same flags.
     */
    String mayFlag(RecordRule rule) {
        String concern = "v.concern";
        String banned = policy.bannedSince().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "(v.destination_country = '" + e.getKey() + "' AND v.date >= '" + e.getValue() + "')")
                .collect(java.util.stream.Collectors.joining(" OR ", "(", ")"));
        String embargoed = policy.embargoed().stream().sorted().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        String hubs = policy.hubs().stream().sorted().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        return switch (rule) {
            case BannedDestinationRule b -> concern + " AND " + banned;
            case EmbargoedArmsRule e -> "v.arms AND (v.origin_country IN " + embargoed + " OR v.dispatch_country IN " + embargoed
                    + " OR v.exporter_country IN " + embargoed + ")";
            case EmbargoedArmsBuyerRule e -> "v.arms AND (v.origin_country IN " + embargoed + " OR v.dispatch_country IN " + embargoed
                    + " OR v.exporter_country IN " + embargoed + ")";
            case ForwarderConsigneeRule f -> concern + " AND imn.forwarder AND (" + banned + " OR v.importer_country IN " + hubs + ")";
            case BusinessMismatchRule b -> concern + " AND (imn.lines OR xn.lines)";
            default -> {
                List<String> could = new ArrayList<>();
                java.util.Set<ShipmentColumn> reads = rule.reads();
                if (reads.contains(ShipmentColumn.HS_CODE)) could.add("v.fire");
                if (reads.contains(ShipmentColumn.CARRIER) || reads.contains(ShipmentColumn.VESSEL_IMO)) could.add("v.carrier_listed");
                if (reads.contains(ShipmentColumn.MANUFACTURER)) could.add("v.maker_listed");
                yield could.isEmpty() ? "true" : String.join(" OR ", could);
            }
        };
    }

    /**
     * Runs each record rule once per distinct combination of the columns it reads ({@link RecordRule#reads()}), among the
     * records that could raise its flag (goods of concern, or a listed carrier or maker, as far as it reads them), and
     * gives each record the flags of its combination in {@code rflag}.
     */
    private void recordRules(WorkDatabase db, String rows) throws SQLException {
        for (int k = 0; k < rules.size(); k++) {
            RecordRule rule = rules.get(k);
            List<ShipmentColumn> reads = List.copyOf(new java.util.TreeSet<>(rule.reads()));
            boolean goods = reads.contains(ShipmentColumn.HS_CODE);
            boolean carrier = reads.contains(ShipmentColumn.CARRIER) || reads.contains(ShipmentColumn.VESSEL_IMO);
            boolean maker = reads.contains(ShipmentColumn.MANUFACTURER);
            String may = mayFlag(rule);
            String table = "rf" + k;
            StringBuilder keys = new StringBuilder();
            StringBuilder encoded = new StringBuilder();
            StringBuilder create = new StringBuilder("CREATE TEMP TABLE " + table + " (");
            StringBuilder join = new StringBuilder();
            for (ShipmentColumn c : reads) {
                keys.append(keys.isEmpty() ? "" : ", ").append("v.").append(c.column());
                encoded.append(encoded.isEmpty() ? "" : ", ").append("encode(").append(c.column()).append(")");
                create.append(c.column()).append(" VARCHAR, ");
                join.append(join.isEmpty() ? "" : " AND ").append("v.").append(c.column()).append(" IS NOT DISTINCT FROM f.").append(c.column());
            }
            db.execute(create + "rule VARCHAR, weight DOUBLE, roles INTEGER, detail VARCHAR)");
            // The goods' and listings' marks are cand's own columns: joined to goods, chit and mhit in each rule's query
            // instead, the eight queries cost a third more (0.36 against 0.25 CPU-s, a million records).
            boolean names = may.contains("xn.") || may.contains("imn.");
            // Read as their bytes ({@link EncodedText}).
            String sql = "SELECT " + encoded + " FROM (SELECT DISTINCT " + keys + " FROM " + rows + " v"
                    + (may.contains("xn.") ? " LEFT JOIN nf xn ON xn.name = v.exporter_name" : "")
                    + (may.contains("imn.") ? " LEFT JOIN nf imn ON imn.name = v.importer_name" : "")
                    + " WHERE " + may + ")";
            List<String[]> combinations = new ArrayList<>();
            try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    String[] values = new String[COLUMNS.length];
                    for (int i = 0; i < reads.size(); i++) values[reads.get(i).ordinal()] = EncodedText.of(rs, i + 1);
                    combinations.add(values);
                }
            }
            // On the run's threads, as the carriers are screened: a rule is pure and the caches it reads are thread-safe,
            // and the rules that read descriptions and lines of business cost up to half a CPU-second each on one thread
            // while DuckDB waited.
            RecordFlag[] flagged = new RecordFlag[combinations.size()];
            EachParty.run(facts.threads(), combinations.size(), "record rule " + rule.getClass().getSimpleName(), i -> {
                var s = ShipmentRowCheck.partial(combinations.get(i));
                RecordFacts r = new RecordFacts(s, goods ? goodsByCode.get(s.hsCode()) : null,
                        s.exporterName() == null ? null : facts.facts(s.exporterName()), s.importerName() == null ? null : facts.facts(s.importerName()),
                        carrier ? facts.carrier(s.carrier(), s.vesselImo()) : null, maker ? facts.manufacturer(s.manufacturer()) : null);
                flagged[i] = rule.check(r);
            });
            try (DuckDBAppender flags = db.appender(table)) {
                for (int j = 0; j < flagged.length; j++) {
                    RecordFlag f = flagged[j];
                    if (f == null) continue;
                    String[] values = combinations.get(j);
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
            // Only the records that meet the rule's condition, when it needs no name's facts (a join of its own): the
            // condition is a function of the values the flags are joined on, so no other record has a flagged combination.
            db.execute("INSERT INTO rflag SELECT v.idx, f.rule, f.weight, f.roles, f.detail FROM " + rows + " v JOIN " + table + " f ON " + join
                    + (names ? "" : " WHERE " + may));
            db.execute("DROP TABLE " + table);
        }
        db.execute("DROP TABLE IF EXISTS cand");
    }

    /**
     * The records any rule could flag, with the columns the rules read ({@code cand}): goods of concern, a listed carrier or
     * a listed maker ({@link #couldFlag}, a fifth to a third of the records), so that each rule's query and the join of its
     * flags back to the records read these rather than every record; with the marks the rules' conditions test ({@link
     * #mayFlag}: {@code concern}, {@code arms} and {@code fire} of the goods, {@code carrier_listed}, {@code maker_listed}).
     * When a rule's condition is "any record" (a rule that reads neither the goods nor the carrier nor the maker), every
     * record. Since a rule flags by the values
     * it reads alone, a record outside {@code cand} with the values of a flagged combination would break the rule's
     * contract ({@link #couldFlag}); {@code SqlRecordPassTest} holds every rule to it.
     */
    private String candidates(WorkDatabase db) throws SQLException {
        java.util.Set<ShipmentColumn> read = java.util.EnumSet.of(ShipmentColumn.HS_CODE, ShipmentColumn.CARRIER, ShipmentColumn.VESSEL_IMO,
                ShipmentColumn.MANUFACTURER, ShipmentColumn.EXPORTER_NAME, ShipmentColumn.IMPORTER_NAME, ShipmentColumn.EXPORTER_COUNTRY,
                ShipmentColumn.IMPORTER_COUNTRY, ShipmentColumn.ORIGIN_COUNTRY, ShipmentColumn.DISPATCH_COUNTRY, ShipmentColumn.DESTINATION_COUNTRY,
                ShipmentColumn.DATE);
        boolean every = false;
        for (RecordRule rule : rules) {
            every |= mayFlag(rule).equals("true");
            read.addAll(rule.reads());
        }
        StringBuilder cols = new StringBuilder("v.idx");
        for (ShipmentColumn c : read) cols.append(", v.").append(c.column());
        db.execute("CREATE TEMP TABLE cand AS SELECT " + cols + ", g.concern, g.arms, g.fire, coalesce(c.listed, false) AS carrier_listed,"
                + " m.manufacturer IS NOT NULL AS maker_listed FROM val v JOIN goods g USING (hs_code)"
                + " LEFT JOIN mhit m ON m.manufacturer = v.manufacturer"
                + " LEFT JOIN chit c ON c.carrier IS NOT DISTINCT FROM v.carrier AND c.imo IS NOT DISTINCT FROM v.vessel_imo"
                + (every ? "" : " WHERE g.fire OR c.listed OR m.manufacturer IS NOT NULL"));
        return "cand";
    }

    private static void dropWork(WorkDatabase db) throws SQLException {
        db.execute("DROP VIEW IF EXISTS val");
        db.execute("DROP VIEW IF EXISTS valid_rows");
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
