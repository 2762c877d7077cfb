package org.chokepoint.detect;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.chokepoint.detect.flags.RecordFacts;
import org.chokepoint.detect.flags.RecordFlag;
import org.chokepoint.detect.flags.RecordRule;
import org.chokepoint.detect.party.DeclaredCarrier;
import org.chokepoint.detect.party.MentionTable;
import org.chokepoint.detect.party.NameFacts;
import org.chokepoint.detect.wording.LinesOfBusiness;
import org.chokepoint.detect.watchlist.DeclaredMaker;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.lists.Rejection;
import org.chokepoint.model.Schema;
import org.chokepoint.trade.goods.GoodsClass;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.record.ParsedRow;
import org.chokepoint.trade.record.RejectsFile;
import org.chokepoint.trade.record.Shipment;
import org.chokepoint.trade.record.ShipmentFileException;
import org.chokepoint.trade.record.ShipmentReader;
import org.duckdb.DuckDBAppender;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The one pass over the input: each row is checked ({@code formats.md} §1); a bad row goes to the rejects
 * file with its reasons; a good one gets numbers for its parties' spellings ({@link MentionTable}), its
 * goods classified, its record rules run, and a compact row appended to the work database. Only the
 * distinct spellings, tariff codes, carriers and manufacturers stay in memory.
 *
 * <p>What depends on a row alone (checking it, its goods, the record rules) is worked out by {@link RowFeed}'s
 * threads, batch by batch; this thread numbers the spellings and appends, in file order, so that record
 * numbers, flags and rejects come out as from a sequential pass. The preparing threads also hand over one
 * {@link Spelling} per distinct spelling, keyed, so that numbering it costs an array read; what its name says
 * comes with it. The work tables live in the work file ({@link WorkDatabase}).
 */
final class RecordPass {
    /** What the pass read. {@code rejectReasons}: column (or "row") → rows rejected for it. */
    record Result(long read, long valid, long rejectedRows, Map<String, Long> rejectReasons, List<Rejection> firstRejections,
                  int firstDay, int lastDay) {}

    /**
     * A row as prepared off this thread: for a valid one, its goods, its parties' spellings and its record flags. {@code terms}
     * holds the numbers of its short texts, then the keys of its exporter's and importer's spellings ({@link #EXPORTER_KEY}):
     * the consumer reads them from this array rather than from the spellings' objects, which are seldom in its cache.
     * For the same reason the day and amounts the work table takes come worked out ({@code qty} and {@code kg} NaN when
     * absent): the consumer reads no Shipment, date or decimal.
     */
    private record Checked(ParsedRow row, MentionTable.Mention exporter, MentionTable.Mention importer, int[] terms,
                           RecordFlag[] flags, int day, boolean concern, double value, double qty, double kg) {}

    private static final int EXPORTER_KEY = 8;
    private static final int IMPORTER_KEY = 9;

    /**
     * A distinct spelling as the preparing threads first met it, with a key of its own (0, 1, 2... in whatever
     * order the threads met them): the consumer finds its number by the key in an array instead of hashing it.
     * What its name says comes with it, so that a record costs no look-up of its parties' names.
     */
    private record Spelling(MentionTable.Mention mention, int key, NameFacts facts) {}

    private static final RecordFlag[] NO_FLAGS = {};

    /** A tariff code's goods with the numbers of its HS-6 and tier texts (-1 for none), worked out once per distinct code. */
    record Goods(GoodsClass goods, int hs6, int tier) {}

    private final ListedIndex lists;
    private final double makerAt;
    private final GoodsClassifier goods;
    private final List<RecordRule> rules;
    private final MentionTable mentions;
    private final LinesOfBusiness vocabulary;
    private final int threads;
    // Shared by the preparing threads; each grows with distinct values only.
    private final Map<String, Goods> goodsByCode = new ConcurrentHashMap<>();
    private final Map<String, Optional<ListedHit>> carrierHits = new ConcurrentHashMap<>();
    private final Map<String, Optional<ListedHit>> manufacturerHits = new ConcurrentHashMap<>();
    private final Map<String, Optional<ListedHit>> vesselHits = new ConcurrentHashMap<>();
    private final Map<String, NameFacts> nameFacts = new ConcurrentHashMap<>();
    private final Map<MentionTable.Mention, Spelling> spellings = new ConcurrentHashMap<>();
    private final AtomicInteger nextSpelling = new AtomicInteger();
    // The consumer's: the number MentionTable gave each spelling by key (-1 before its first record), and how many
    // more records it had, added to MentionTable's counts in one go at the end (the numbers follow the first records, in file order).
    private int[] numberOf = new int[0];
    private int[] repeats = new int[0];
    /**
     * The short texts of the records (country codes, HS-6, tiers, units) by number: {@code rec} holds the numbers,
     * which cost half as much to append as strings, and the {@code term} table decodes them (numbers are given
     * in whatever order the preparing threads meet the texts; only the texts reach the findings).
     */
    private final Map<String, Integer> terms = new ConcurrentHashMap<>();
    private final AtomicInteger nextTerm = new AtomicInteger(COUNTRY_TERMS);
    /**
     * Country codes, checked to be two capital letters, are numbered by their letters ({@link #country}) rather than
     * looked up: five per record. Which were met is marked here (a race between threads only ever writes true;
     * the consumer reads the marks after the last batch, whose hand-over orders them before).
     */
    private final boolean[] countriesMet = new boolean[COUNTRY_TERMS];
    private static final int COUNTRY_TERMS = 26 * 26;

    /**
     * @param vocabulary what names declare ({@link NameFacts}), for the record rules
     * @param threads threads preparing rows beside the reading and this one, at least 1
     * @param makerAt the score from which a declared maker is taken as a listed entity: the bar that makes a trade
     *                party listed. A brand is one or two words, and at the screening threshold alone it met any listed
     *                firm that carries the word ("Dell" / BRENT DELL, "Lego" / LEGO INVESTMENTS EOOD).
     */
    RecordPass(ListedIndex lists, GoodsClassifier goods, List<RecordRule> rules, MentionTable mentions, LinesOfBusiness vocabulary, int threads,
               double makerAt) {
        this.makerAt = makerAt;
        this.lists = lists;
        this.goods = goods;
        this.rules = rules;
        this.mentions = mentions;
        this.vocabulary = vocabulary;
        this.threads = threads;
    }

    Result run(Path input, WorkDatabase db, Path rejectsPath, LongConsumer progress) throws ShipmentFileException, IOException, SQLException {
        long valid = 0;
        long rejectedRows = 0;
        Map<String, Long> reasons = new TreeMap<>();
        List<Rejection> first = new java.util.ArrayList<>();
        int firstDay = Integer.MAX_VALUE;
        int lastDay = Integer.MIN_VALUE;
        // Each valid record's number, record_id and line, written to a file that DuckDB reads at the end on its own threads.
        // Appended to a table instead, this thread (the pass's serial part) took 4.2 CPU-s per 1M records against 2.9.
        Path idsPath = db.dir().resolve("ids.csv");
        long read;
        try (ShipmentReader reader = ShipmentReader.open(input, false); RejectsFile rejects = new RejectsFile(rejectsPath)) {
            // No transaction around the appends: one measured no faster than committing chunk by chunk.
            try (CsvWriter ids = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(idsPath, StandardCharsets.UTF_8);
                 DuckDBAppender rec = db.appender("rec");
                 DuckDBAppender flags = db.appender("rflag");
                 RowFeed<Checked[]> feed = RowFeed.start(reader, this::prepare, threads)) {
                long seen = 0;
                boolean done = false;
                try {
                    for (Checked[] batch = feed.take(); batch != null; batch = feed.take()) for (Checked c : batch) {
                        ParsedRow row = c.row();
                        seen++;
                        if (!row.ok()) {
                            rejectedRows++;
                            for (Rejection r : row.problems()) {
                                rejects.write(r, row.recordId());
                                reasons.merge(r.field() == null ? "row" : r.field(), 1L, Long::sum);
                                if (first.size() < 20) first.add(r);
                            }
                        } else {
                            long idx = valid++;
                            int day = c.day();
                            firstDay = Math.min(firstDay, day);
                            lastDay = Math.max(lastDay, day);
                            ids.writeRecord(Long.toString(idx), row.recordId(), Long.toString(row.line()));
                            append(idx, day, c, rec, flags);
                        }
                        if ((seen & 0xFFFF) == 0) progress.accept(seen);
                    }
                    done = true;
                } finally {
                    if (!done) feed.stop();
                }
                read = reader.rowsRead();
                progress.accept(read);
                countRepeats();
            }
            try (DuckDBAppender t = db.appender("term")) {
                for (int code = 0; code < COUNTRY_TERMS; code++) {
                    if (countriesMet[code]) appendTerm(t, code, new String(new char[] {(char) ('A' + code / 26), (char) ('A' + code % 26)}));
                }
                for (Map.Entry<String, Integer> e : terms.entrySet()) appendTerm(t, e.getValue(), e.getKey());
            }
            // DuckDB cannot read an empty CSV file (nothing to sniff): a file of a header alone, or of rejects only.
            if (Files.size(idsPath) == 0) db.execute("CREATE TABLE rid (idx BIGINT, record_id VARCHAR, line BIGINT)");
            else db.execute("CREATE TABLE rid AS SELECT * FROM read_csv('" + idsPath.toString().replace("'", "''")
                    + "', header = false, columns = {'idx': 'BIGINT', 'record_id': 'VARCHAR', 'line': 'BIGINT'}, quote = '\"', escape = '\"')");
            long dups = duplicates(db, reader.name(), rejects, reasons, first);
            valid -= dups;
            rejectedRows += dups;
        }
        return new Result(read, valid, rejectedRows, reasons, first, valid == 0 ? 0 : firstDay, valid == 0 ? 0 : lastDay);
    }

    /** On a preparing thread: everything about each row of a batch that needs no other row. */
    private Checked[] prepare(List<ParsedRow> batch) {
        Checked[] out = new Checked[batch.size()];
        for (int i = 0; i < out.length; i++) {
            ParsedRow row = batch.get(i);
            Shipment s = row.shipment();
            if (s == null) {
                out[i] = new Checked(row, null, null, null, NO_FLAGS, 0, false, 0, 0, 0);
                continue;
            }
            Goods known = goodsByCode.get(s.hsCode());
            if (known == null) known = goodsByCode.computeIfAbsent(s.hsCode(), this::goods);
            GoodsClass g = known.goods();
            Spelling exporter = one(new MentionTable.Mention(s.exporterName(), s.exporterCountry(), s.exporterId(), s.exporterAddress()));
            Spelling importer = one(new MentionTable.Mention(s.importerName(), s.importerCountry(), s.importerId(), s.importerAddress()));
            RecordFacts facts = new RecordFacts(s, g, exporter.facts(), importer.facts(), carrier(s.carrier(), s.vesselImo()), manufacturer(s.manufacturer()));
            RecordFlag[] flags = NO_FLAGS;
            int n = 0;
            for (RecordRule rule : rules) {
                RecordFlag f = rule.check(facts);
                if (f == null) continue;
                if (n == flags.length) flags = java.util.Arrays.copyOf(flags, Math.max(4, n * 2));
                flags[n++] = f;
            }
            int[] t = {country(s.exporterCountry()), country(s.importerCountry()), country(s.destinationCountry()), country(s.dispatchCountry()),
                    country(s.originCountry()), known.hs6(), known.tier(), term(s.unit()),
                    exporter.key(), importer.key()};
            out[i] = new Checked(row, exporter.mention(), importer.mention(), t, n == flags.length ? flags : java.util.Arrays.copyOf(flags, n),
                    (int) s.date().toEpochDay(), g.ofConcern(), s.valueUsd().doubleValue(), orNaN(s.quantity()), orNaN(s.netWeightKg()));
        }
        return out;
    }

    Goods goods(String hsCode) {
        GoodsClass g = goods.classify(hsCode);
        return new Goods(g, term(g.hs6()), term(g.chplTier() == null ? null : g.chplTier().code()));
    }

    /** The number of a country code, or -1 for null: by its letters when it is two capitals, as it is once checked. */
    private int country(String s) {
        if (s == null) return -1;
        if (s.length() == 2) {
            int a = s.charAt(0) - 'A', b = s.charAt(1) - 'A';
            if (a >= 0 && a < 26 && b >= 0 && b < 26) {
                int code = a * 26 + b;
                countriesMet[code] = true;
                return code;
            }
        }
        return term(s);
    }

    /** The number of a short text of a record (an HS-6, a tier, a unit, an unchecked country), or -1 for null. */
    private int term(String s) {
        if (s == null) return -1;
        Integer known = terms.get(s);
        return known != null ? known : terms.computeIfAbsent(s, k -> nextTerm.getAndIncrement());
    }

    /**
     * The value of a shared cache: a plain read first, because {@code ConcurrentHashMap.computeIfAbsent} and
     * {@code putIfAbsent} lock the key's bin even when the key is there, and every row asks for values met before.
     */
    private static <K, V> V cached(Map<K, V> map, K key, java.util.function.Function<? super K, ? extends V> compute) {
        V v = map.get(key);
        return v != null ? v : map.computeIfAbsent(key, compute);
    }

    /** The one {@link Spelling} of this mention, made when it is new. */
    private Spelling one(MentionTable.Mention m) {
        Spelling kept = spellings.get(m);
        if (kept != null) return kept;
        return spellings.computeIfAbsent(m, k -> new Spelling(k, nextSpelling.getAndIncrement(), facts(k.name())));
    }

    /** On the consumer's thread, in file order: the number of a spelling, counting one more record of it. */
    private int number(int k, MentionTable.Mention mention) {
        if (k >= numberOf.length) {
            int n = numberOf.length;
            int size = Math.max(k + 1, Math.max(1024, n * 2));
            numberOf = java.util.Arrays.copyOf(numberOf, size);
            java.util.Arrays.fill(numberOf, n, size, -1);
            repeats = java.util.Arrays.copyOf(repeats, size);
        }
        int number = numberOf[k];
        if (number < 0) {
            number = mentions.intern(mention);
            numberOf[k] = number;
        } else {
            repeats[k]++;
        }
        return number;
    }

    /** Adds the repeated records of each spelling to MentionTable's counts; the numbers are all given already. */
    private void countRepeats() {
        for (int k = 0; k < repeats.length; k++) {
            if (repeats[k] > 0) mentions.count(numberOf[k], repeats[k]);
            repeats[k] = 0;
        }
    }

    /** The threads it was given: the SQL pass screens its distinct carriers and makers on as many. */
    int threads() {
        return threads;
    }

    NameFacts facts(String name) {
        return cached(nameFacts, name, n -> NameFacts.of(n, vocabulary));
    }

    /**
     * A record_id must be unique: the first occurrence stays, each later one is rejected pointing at it
     * and removed from the work tables. Checked in DuckDB, so memory stays flat however many ids.
     */
    static long duplicates(WorkDatabase db, String file, RejectsFile rejects, Map<String, Long> reasons, List<Rejection> first) throws SQLException {
        if (db.count("SELECT count(*) - count(DISTINCT record_id) FROM rid") == 0) return 0;
        db.execute("CREATE TEMP TABLE dup AS SELECT idx, record_id, line, first_line FROM (SELECT *, min(line) OVER (PARTITION BY record_id) AS first_line FROM rid) WHERE line <> first_line");
        long n = 0;
        try (var st = db.connection().createStatement(); var rs = st.executeQuery("SELECT record_id, line, first_line FROM dup ORDER BY line")) {
            while (rs.next()) {
                Rejection r = new Rejection(file, rs.getLong(2), "record_id", "duplicate record_id '" + rs.getString(1) + "' (first on line " + rs.getLong(3) + ")");
                rejects.write(r, rs.getString(1));
                reasons.merge("record_id", 1L, Long::sum);
                if (first.size() < 20) first.add(r);
                n++;
            }
        }
        for (String t : List.of("rec", "rflag", "rid")) db.execute("DELETE FROM " + t + " WHERE idx IN (SELECT idx FROM dup)");
        db.execute("DROP TABLE dup");
        return n;
    }

    private void append(long idx, int day, Checked c, DuckDBAppender rec, DuckDBAppender flags) throws SQLException {
        int xm = number(c.terms()[EXPORTER_KEY], c.exporter());
        int im = number(c.terms()[IMPORTER_KEY], c.importer());
        rec.beginRow();
        rec.append(idx);
        rec.append(day);
        rec.append(xm);
        rec.append(im);
        int[] t = c.terms();
        for (int k = 0; k < 6; k++) appendTerm(rec, t[k]);
        rec.append(c.concern());
        appendTerm(rec, t[6]);
        rec.append(c.value());
        appendNullable(rec, c.qty());
        appendTerm(rec, t[7]);
        appendNullable(rec, c.kg());
        rec.endRow();

        for (RecordFlag f : c.flags()) {
            flags.beginRow();
            flags.append(idx);
            flags.append(f.rule());
            flags.append(f.weight());
            flags.append(f.roles());
            flags.append(f.detail());
            flags.endRow();
        }
    }

    /**
     * A listed vessel by IMO number first (decisive), else the carrier's name screened against the lists. A carrier
     * is an airline, a shipping line, a vessel or an aircraft, never a person; and a declared IMO number goes with
     * its name, so that "ONE HARMONY" with another vessel's IMO is not the listed vessel whose alias is "Harmony"
     * (a conflicting identifier is strong evidence against). A name match must name the carrier word for word
     * ({@link DeclaredCarrier}): "Turkish Cargo" is not the listed Russian Cargo Oy.
     */
    ListedHit carrier(String carrier, String vesselImo) {
        if (vesselImo != null) {
            Optional<ListedHit> vessel = vesselHits.get(vesselImo);
            if (vessel == null) vessel = vesselHits.computeIfAbsent(vesselImo, imo -> lists.byIdentifier("IMO " + imo).stream().findFirst()
                    .map(e -> new ListedHit(e.id(), e.list(), e.name(), "IMO " + imo, 1.0, "vessel IMO " + imo + " is listed")));
            if (vessel.isPresent()) return vessel.get();
        }
        if (carrier == null) return null;
        String key = vesselImo == null ? carrier : carrier + '\u0000' + vesselImo;
        Optional<ListedHit> hit = carrierHits.get(key);
        if (hit == null) {
            String imo = vesselImo == null ? null : "IMO " + vesselImo;
            hit = carrierHits.computeIfAbsent(key, c -> lists.screen(carrier, null, imo, Schema.UNKNOWN, SCREENED).stream()
                    .filter(h -> !lists.isOf(h, NOT_CARRIERS) && DeclaredCarrier.named(carrier, h)).findFirst());
        }
        return hit.orElse(null);
    }

    /**
     * The maker or brand of the goods: a company, never a person, a vessel or an aircraft, matched at {@code makerAt},
     * that could have made them and whose name holds the brand as written ({@link DeclaredMaker}).
     */
    ListedHit manufacturer(String manufacturer) {
        if (manufacturer == null) return null;
        Optional<ListedHit> hit = manufacturerHits.get(manufacturer);
        if (hit == null) hit = manufacturerHits.computeIfAbsent(manufacturer, m -> lists.screen(m, null, null, Schema.ORGANIZATION, SCREENED, makerAt)
                .stream().filter(h -> !lists.isOf(h, NOT_MAKERS) && DeclaredMaker.couldHaveMade(m, h)).findFirst());
        return hit.orElse(null);
    }

    /** Matches screened for a carrier or maker, so that one of the right kind is found behind those of another. */
    private static final int SCREENED = 5;

    private static final java.util.Set<Schema> NOT_CARRIERS = java.util.EnumSet.of(Schema.PERSON);
    private static final java.util.Set<Schema> NOT_MAKERS = java.util.EnumSet.of(Schema.PERSON, Schema.VESSEL, Schema.AIRCRAFT);

    /** One row of the {@code term} table: a short text of the records and its number (both passes write it so). */
    static void appendTerm(DuckDBAppender t, int number, String text) throws SQLException {
        t.beginRow();
        t.append(number);
        t.append(text);
        t.endRow();
    }

    private static void appendTerm(DuckDBAppender a, int term) throws SQLException {
        if (term < 0) a.appendNull();
        else a.append(term);
    }

    private static void appendNullable(DuckDBAppender a, double v) throws SQLException {
        if (Double.isNaN(v)) a.appendNull();
        else a.append(v);
    }

    /** An optional amount as a double, NaN when absent (a checked amount is never NaN). */
    private static double orNaN(BigDecimal v) {
        return v == null ? Double.NaN : v.doubleValue();
    }
}
