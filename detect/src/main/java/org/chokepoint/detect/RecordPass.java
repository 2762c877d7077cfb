package org.chokepoint.detect;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.chokepoint.detect.flags.RecordFacts;
import org.chokepoint.detect.flags.RecordFlag;
import org.chokepoint.detect.flags.RecordRule;
import org.chokepoint.detect.party.MentionTable;
import org.chokepoint.detect.party.NameFacts;
import org.chokepoint.detect.wording.LinesOfBusiness;
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
 * instance per distinct string of a spelling, so that numbering it costs one hash lookup with identity
 * comparisons.
 */
final class RecordPass {
    /** What the pass read. {@code rejectReasons}: column (or "row") → rows rejected for it. */
    record Result(long read, long valid, long rejectedRows, Map<String, Long> rejectReasons, List<Rejection> firstRejections,
                  int firstDay, int lastDay) {}

    /** A row as prepared off this thread: for a valid one, its goods, its parties' spellings and its record flags. */
    private record Checked(ParsedRow row, GoodsClass goods, MentionTable.Mention exporter, MentionTable.Mention importer, int[] terms, RecordFlag[] flags) {}

    private static final RecordFlag[] NO_FLAGS = {};

    private final ListedIndex lists;
    private final GoodsClassifier goods;
    private final List<RecordRule> rules;
    private final MentionTable mentions;
    private final LinesOfBusiness vocabulary;
    private final int threads;
    // Shared by the preparing threads; each grows with distinct values only.
    private final Map<String, GoodsClass> goodsByCode = new ConcurrentHashMap<>();
    private final Map<String, Optional<ListedHit>> carrierHits = new ConcurrentHashMap<>();
    private final Map<String, Optional<ListedHit>> manufacturerHits = new ConcurrentHashMap<>();
    private final Map<String, Optional<ListedHit>> vesselHits = new ConcurrentHashMap<>();
    private final Map<String, NameFacts> nameFacts = new ConcurrentHashMap<>();
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    /**
     * The short texts of the records (country codes, HS-6, tiers, units) by number: {@code rec} holds the numbers,
     * which cost half as much to append as strings, and the {@code term} table decodes them (numbers are given
     * in whatever order the preparing threads meet the texts; only the texts reach the findings).
     */
    private final Map<String, Integer> terms = new ConcurrentHashMap<>();
    private final AtomicInteger nextTerm = new AtomicInteger();

    /**
     * @param vocabulary what names declare ({@link NameFacts}), for the record rules
     * @param threads threads preparing rows beside the reading and this one, at least 1
     */
    RecordPass(ListedIndex lists, GoodsClassifier goods, List<RecordRule> rules, MentionTable mentions, LinesOfBusiness vocabulary, int threads) {
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
        Path idsPath = db.dir().resolve("ids.csv");
        long read;
        try (ShipmentReader reader = ShipmentReader.open(input); RejectsFile rejects = new RejectsFile(rejectsPath)) {
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
                            Shipment s = row.shipment();
                            long idx = valid++;
                            int day = (int) s.date().toEpochDay();
                            firstDay = Math.min(firstDay, day);
                            lastDay = Math.max(lastDay, day);
                            ids.writeRecord(Long.toString(idx), s.recordId(), Long.toString(row.line()));
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
            }
            try (DuckDBAppender t = db.appender("term")) {
                for (Map.Entry<String, Integer> e : terms.entrySet()) {
                    t.beginRow();
                    t.append(e.getValue().intValue());
                    t.append(e.getKey());
                    t.endRow();
                }
            }
            db.execute("CREATE TABLE rid AS SELECT * FROM read_csv('" + idsPath.toString().replace("'", "''")
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
                out[i] = new Checked(row, null, null, null, null, NO_FLAGS);
                continue;
            }
            GoodsClass g = goodsByCode.computeIfAbsent(s.hsCode(), goods::classify);
            MentionTable.Mention exporter = new MentionTable.Mention(one(s.exporterName()), one(s.exporterCountry()), one(s.exporterId()), one(s.exporterAddress()));
            MentionTable.Mention importer = new MentionTable.Mention(one(s.importerName()), one(s.importerCountry()), one(s.importerId()), one(s.importerAddress()));
            RecordFacts facts = new RecordFacts(s, g, facts(exporter.name()), facts(importer.name()), carrier(s), manufacturer(s));
            RecordFlag[] flags = NO_FLAGS;
            int n = 0;
            for (RecordRule rule : rules) {
                RecordFlag f = rule.check(facts);
                if (f == null) continue;
                if (n == flags.length) flags = java.util.Arrays.copyOf(flags, Math.max(4, n * 2));
                flags[n++] = f;
            }
            int[] t = {term(s.exporterCountry()), term(s.importerCountry()), term(s.destinationCountry()), term(s.dispatchCountry()),
                    term(s.originCountry()), term(g.hs6()), term(g.chplTier() == null ? null : g.chplTier().code()), term(s.unit())};
            out[i] = new Checked(row, g, exporter, importer, t, n == flags.length ? flags : java.util.Arrays.copyOf(flags, n));
        }
        return out;
    }

    /** The number of a short text of a record (a country code, an HS-6, a tier, a unit), or -1 for null. */
    private int term(String s) {
        return s == null ? -1 : terms.computeIfAbsent(s, k -> nextTerm.getAndIncrement());
    }

    /** The one instance kept of this string (null stays null); its hash is computed here, off the numbering thread. */
    private String one(String s) {
        if (s == null) return null;
        String kept = strings.putIfAbsent(s, s);
        return kept == null ? s : kept;
    }

    private NameFacts facts(String name) {
        return nameFacts.computeIfAbsent(name, n -> NameFacts.of(n, vocabulary));
    }

    /**
     * A record_id must be unique: the first occurrence stays, each later one is rejected pointing at it
     * and removed from the work tables. Checked in DuckDB, so memory stays flat however many ids.
     */
    private static long duplicates(WorkDatabase db, String file, RejectsFile rejects, Map<String, Long> reasons, List<Rejection> first) throws SQLException {
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
        Shipment s = c.row().shipment();
        GoodsClass g = c.goods();
        int xm = mentions.intern(c.exporter());
        int im = mentions.intern(c.importer());
        rec.beginRow();
        rec.append(idx);
        rec.append(day);
        rec.append(xm);
        rec.append(im);
        int[] t = c.terms();
        for (int k = 0; k < 6; k++) appendTerm(rec, t[k]);
        rec.append(g.ofConcern());
        appendTerm(rec, t[6]);
        rec.append(s.valueUsd().doubleValue());
        appendNullable(rec, s.quantity());
        appendTerm(rec, t[7]);
        appendNullable(rec, s.netWeightKg());
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

    /** A listed vessel by IMO number first (decisive), else the carrier's name screened against the lists. */
    private ListedHit carrier(Shipment s) {
        if (s.vesselImo() != null) {
            ListedHit vessel = vesselHits.computeIfAbsent(s.vesselImo(), imo -> lists.byIdentifier("IMO " + imo).stream().findFirst()
                    .map(e -> new ListedHit(e.id(), e.list(), e.name(), "IMO " + imo, 1.0, "vessel IMO " + imo + " is listed"))).orElse(null);
            if (vessel != null) return vessel;
        }
        if (s.carrier() == null) return null;
        return carrierHits.computeIfAbsent(s.carrier(), c -> {
            List<ListedHit> hits = lists.screen(c, null, null, Schema.UNKNOWN, 1);
            return hits.stream().findFirst();
        }).orElse(null);
    }

    private ListedHit manufacturer(Shipment s) {
        if (s.manufacturer() == null) return null;
        return manufacturerHits.computeIfAbsent(s.manufacturer(), m -> {
            List<ListedHit> hits = lists.screen(m, null, null, Schema.ORGANIZATION, 1);
            return hits.stream().findFirst();
        }).orElse(null);
    }

    private static void appendTerm(DuckDBAppender a, int term) throws SQLException {
        if (term < 0) a.appendNull();
        else a.append(term);
    }

    private static void appendNullable(DuckDBAppender a, BigDecimal v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v.doubleValue());
    }
}
