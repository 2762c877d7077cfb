package org.chokepoint.detect;

import org.chokepoint.detect.flags.DatasetRule;
import org.chokepoint.detect.flags.PartyFacts;
import org.chokepoint.detect.flags.PartyFlag;
import org.chokepoint.detect.flags.PartyRule;
import org.chokepoint.detect.flags.Rulebook;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.flags.TradeTables;
import org.chokepoint.detect.findings.FindingsWriter;
import org.chokepoint.detect.network.TradeNetwork;
import org.chokepoint.detect.party.EachParty;
import org.chokepoint.detect.party.MentionTable;
import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.party.PartyBuilder;
import org.chokepoint.detect.party.PartyResolution;
import org.chokepoint.detect.party.PartyScreening;
import org.chokepoint.detect.rank.FlagSummary;
import org.chokepoint.detect.report.ReportData;
import org.chokepoint.detect.rank.RiskModel;
import org.chokepoint.detect.rank.TradeProfile;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.detect.watchlist.ListedNames;
import org.chokepoint.detect.wording.LinesOfBusiness;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.record.ShipmentFileException;
import org.duckdb.DuckDBAppender;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code chokepoint detect}: shipment records in, findings out ({@code formats.md} §2). One pass reads and
 * checks the records and runs the record rules; the parties' spellings are resolved into parties and
 * screened against the lists; party, dataset and network rules add their flags; every party is ranked by
 * {@link RiskModel} and explained. Records live in a DuckDB work database ({@link WorkDatabase}: in memory, spilled to
 * disk past DuckDB's memory limit, for a file that fits; a file on disk for a larger one), never all in the heap.
 * Work that does not need the result of the stage running beside it runs on a second connection at the same time: the
 * trade table's texts while the parties are resolved ({@link TradeTable}), its parties, the record flags' marks, the rules over the trade alone and the trade profiles while the parties are
 * screened ({@link BesideScreening}), the network's trade while the flags are gathered and the parties ranked
 * ({@link Alongside}); the findings do not depend on it.
 * Not thread-safe (one run at a time per instance); the work is parallel inside.
 */
public final class Detector {
    /**
     * DuckDB reads the plain CSV files whose rows fit its memory ({@link SqlRecordPass}); the Java record pass
     * ({@link RecordPass}), the reference the SQL pass must agree with, reads every other file, and every file with
     * {@code -Dchokepoint.detect.sqlRecordPass=false}. Measured (docs/red-flags.md, session 10): the SQL pass costs less
     * CPU on a million records; ten million rows do not fit a 2 GB limit, and spilled the SQL pass lost to the Java pass.
     */
    private static final boolean SQL_PASS = !"false".equalsIgnoreCase(System.getProperty("chokepoint.detect.sqlRecordPass"));
    private final ListedIndex lists;
    private final GoodsClassifier goods;
    private final Rulebook rules;
    private final SanctionsPolicy policy;
    private final PartyResolution resolution;
    private final DetectionSettings settings;
    private final List<ListUsed> listsUsed;

    public Detector(ListedIndex lists, GoodsClassifier goods, SanctionsPolicy policy, PartyResolution resolution,
                    DetectionSettings settings, List<ListUsed> listsUsed) {
        this.lists = lists;
        this.goods = goods;
        this.policy = policy;
        this.rules = Rulebook.standard(policy, lists.ownership());
        this.resolution = resolution;
        this.settings = settings;
        this.listsUsed = List.copyOf(listsUsed);
    }

    public Rulebook rules() {
        return rules;
    }

    /**
     * Runs on one shipment file (CSV or Parquet) and writes the findings into {@code outDir} (created when
     * missing; files of an earlier run are replaced).
     *
     * @throws ShipmentFileException when the file cannot be read at all (bad rows never throw: they are rejected)
     */
    public DetectionResult run(Path input, Path outDir, DetectionProgress progress) throws ShipmentFileException, IOException, SQLException {
        return run(input, null, outDir, progress);
    }

    /**
     * As {@link #run(Path, Path, DetectionProgress)}, with the name the report and summary.json give the input
     * ({@code null}: the file's name), e.g. "dataset 'customs-2025'" when the file is an export of a stored dataset.
     */
    public DetectionResult run(Path input, String inputName, Path outDir, DetectionProgress progress)
            throws ShipmentFileException, IOException, SQLException {
        Files.createDirectories(outDir);
        Map<String, Duration> stages = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        stageEvent = StageEvent.start();
        // In memory for a file that fits (WorkDatabase.fitsInMemory); a file on disk for any input with
        // -Dchokepoint.detect.workInMemory=false, read at each run so that a test can compare the two.
        boolean inMemory = !"false".equalsIgnoreCase(System.getProperty("chokepoint.detect.workInMemory"))
                && WorkDatabase.fitsInMemory(input, settings.memoryLimit());
        try (WorkDatabase db = WorkDatabase.create(outDir, settings.memoryLimit(), inMemory)) {
            return run(input, inputName, outDir, progress, db, stages, t0);
        } catch (SQLException e) {
            throw new SQLException("while " + stage + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private DetectionResult run(Path input, String inputName, Path outDir, DetectionProgress progress, WorkDatabase db, Map<String, Duration> stages, long t0)
            throws ShipmentFileException, IOException, SQLException {
        stage(progress, "reading and checking records");
        // The listed firms' names by their words (ListedNames, resolution's must-link) depend on the lists alone: read on a
        // thread of their own beside the record pass (a second of one core, once per index), not in the resolution's stage.
        java.util.concurrent.FutureTask<ListedNames> listedNames = new java.util.concurrent.FutureTask<>(lists::names);
        Thread.ofPlatform().name("detect listed names").daemon(true).start(listedNames);
        MentionTable mentions = new MentionTable();
        RecordPass javaPass = new RecordPass(lists, goods, rules.recordRules(), mentions, LinesOfBusiness.standard(), settings.threads(), settings.listedAt());
        // DuckDB reads the files it reads exactly as the Java reader does; the Java pass reads every other file.
        RecordPass.Result pass = !SQL_PASS ? null
                : new SqlRecordPass(javaPass, policy, goods, rules.recordRules(), mentions).run(input, db, outDir.resolve("rejects.csv"), progress::update);
        if (pass == null) pass = javaPass.run(input, db, outDir.resolve("rejects.csv"), progress::update);
        t0 = lap(stages, "read, check and record rules", t0);

        stage(progress, "resolving parties");
        // The trade table's texts need no parties: joined on a second connection while the parties are resolved, which
        // leaves a core idle part of the time; the parties are written into it beside the screening (TradeTable).
        Alongside<Duration> tradeTexts = Alongside.start(db, "trade table beside resolution", second -> {
            long start = System.nanoTime();
            TradeTable.withMentions(second);
            return Duration.ofNanos(System.nanoTime() - start);
        });
        PartyResolution.Resolved resolved;
        List<Party> parties;
        try {
            long[] occurrences = new long[mentions.size()];
            for (int i = 0; i < occurrences.length; i++) occurrences[i] = mentions.occurrences(i);
            // The names as resolution read them go on to screening, which reads the same names: not normalised twice.
            // Spellings of one country that are names of one list entry are one party (ListedNames: exact, rare names only).
            resolved = resolution.resolveReading(mentions.mentions(), occurrences, awaitNames(listedNames));
            parties = PartyBuilder.build(mentions, resolved.partyOf(), resolved.entryJoins());
            t0 = lap(stages, "resolve parties", t0);
            stages.put(DetectionResult.BESIDE + "resolution: trade table texts", tradeTexts.await());
        } finally {
            tradeTexts.abandon();
        }
        t0 = lap(stages, "trade table texts (waited for)", t0);
        int[] partyOf = resolved.partyOf();

        // The trade table's parties, the record flags' marks, the rules that read only the trade and the trade profiles, in
        // DuckDB beside the screening (Java on every core); the rules that read the list matches wait for both.
        TradeTables tables = new TradeTables(policy, pass.firstDay());
        List<DatasetRule> tradeOnly = new ArrayList<>(), afterScreening = new ArrayList<>();
        for (DatasetRule r : rules.datasetRules()) (r.readsParties() ? afterScreening : tradeOnly).add(r);
        for (DatasetRule r : rules.networkRules()) (r.readsParties() ? afterScreening : tradeOnly).add(r);
        Alongside<BesideScreening.Done> beside = BesideScreening.start(db, partyOf, tradeOnly, tables);
        BesideScreening.Done besideDone;
        try {
            stage(progress, "screening " + parties.size() + " parties");
            parties = PartyScreening.screen(parties, resolved.normalizedNames(), lists, settings.namesScreened(), settings.matchesKept(), settings.listedAt(),
                    settings.threads(), progress::update);
            t0 = lap(stages, "screen parties", t0);
            stage(progress, "building the trade table");
            besideDone = beside.await();
        } finally {
            beside.abandon();
        }
        t0 = lap(stages, "trade table (waited for)", t0);
        stages.putAll(besideDone.times());

        // The network's trade (which needs the list matches, not the ranking) read beside the party rules, the flags and
        // the ranking: started before the party rules (Java alone), it was waited for after the ranking.
        List<Party> screened = parties;
        Map<String, Duration> stagesBeside = new java.util.concurrent.ConcurrentHashMap<>();
        Alongside<TradeNetwork.Trade> networkTrade = Alongside.start(db, "network trade beside ranking", second -> {
            long start = System.nanoTime();
            TradeNetwork.Trade read = TradeNetwork.readTrade(second.connection(), screened);
            stagesBeside.put(DetectionResult.BESIDE + "ranking: network trade", Duration.ofNanos(System.nanoTime() - start));
            return read;
        });
        TradeNetwork network;
        List<RankedParty> ranked;
        try {
            stage(progress, "running red-flag rules");
            PartyFlag[][] partyFlags = checkPartyRules(parties);
            t0 = lap(stages, "party rules", t0);
            writePartyTable(db, parties);
            storePartyFlags(db, parties, partyFlags);
            t0 = lap(stages, "party flags", t0);
            for (DatasetRule r : afterScreening) {
                datasetRule(db, r, tables);
                t0 = lap(stages, "rule " + r.id(), t0);
            }
            // Ties in weight take the greater detail text: any fixed choice, so that runs agree (arg_max alone picks by thread
            // timing). Written with plain max and a join, which DuckDB can spill to disk: arg_max keyed by a struct holding the
            // text ran out of memory at ten million records.
            db.execute("""
                    CREATE TABLE flagged AS
                    WITH top AS (SELECT idx, party, rule, max(weight) AS weight FROM mark GROUP BY idx, party, rule)
                    SELECT m.idx, m.party, m.rule, top.weight, max(m.detail) AS detail
                    FROM mark m JOIN top ON m.idx = top.idx AND m.party = top.party AND m.rule = top.rule AND m.weight = top.weight
                    GROUP BY m.idx, m.party, m.rule, top.weight""");
            flagPartyRecords(db);
            t0 = lap(stages, "flags per record and party", t0);

            stage(progress, "ranking");
            Map<String, String> titles = new HashMap<>();
            rules.infos().forEach(i -> titles.put(i.id(), i.title()));
            Map<Integer, List<FlagSummary>> flags = flagSummaries(db, titles);
            Map<Integer, TradeProfile> profiles = besideDone.profiles();
            Map<Integer, Long> recordCounts = besideDone.recordCounts();
            ranked = rank(parties, flags, profiles, recordCounts);
            t0 = lap(stages, "rank", t0);
            stage(progress, "building the trade network");
            TradeNetwork.Trade trade = networkTrade.await();
            t0 = lap(stages, "network trade (waited for)", t0);
            network = TradeNetwork.analyse(trade, parties, ranked, lists.ownership());
            t0 = lap(stages, "network analysis", t0);
        } finally {
            networkTrade.abandon();
        }
        stages.putAll(stagesBeside);

        stage(progress, "writing findings");
        Map<String, Long> flagsByRule = flagsByRule(db);
        long flaggedRecords = db.count("SELECT count(DISTINCT idx) FROM flagged");
        long listed = parties.stream().filter(Party::listed).count();
        FindingsWriter writer = new FindingsWriter(outDir, settings);
        // The three findings written at once, each a core's work of a second or two at a million records, one after the
        // other on one core before: shipments.jsonl on a second connection, the network exports (Java alone, from the
        // analysis) on a thread of their own, parties.jsonl here. Each file is its own; none reads another.
        List<Party> written = parties;
        Alongside<Duration> shipmentsBeside = Alongside.start(db, "shipments.jsonl beside parties.jsonl", second -> {
            long start = System.nanoTime();
            writer.shipments(second.connection(), written);
            return Duration.ofNanos(System.nanoTime() - start);
        });
        TradeNetwork analysed = network;
        java.util.concurrent.FutureTask<Duration> exports = new java.util.concurrent.FutureTask<>(() -> {
            long start = System.nanoTime();
            analysed.write(outDir);
            return Duration.ofNanos(System.nanoTime() - start);
        });
        Thread.ofPlatform().name("detect network exports").daemon(true).start(exports);
        try {
            writer.parties(db.connection(), ranked);
            t0 = lap(stages, "write parties.jsonl", t0);
            stages.put(DetectionResult.BESIDE + "writing: shipments.jsonl", shipmentsBeside.await());
            t0 = lap(stages, "write shipments.jsonl (waited for)", t0);
            stages.put(DetectionResult.BESIDE + "writing: network exports", awaitExports(exports));
            t0 = lap(stages, "write network exports (waited for)", t0);
        } finally {
            shipmentsBeside.abandon();
            awaitQuietly(exports);
        }
        DetectionResult result = new DetectionResult(input, inputName, outDir, pass.read(), pass.valid(), pass.rejectedRows(), pass.rejectReasons(),
                pass.firstRejections(), flaggedRecords, mentions.size(), parties.size(), listed,
                ranked.subList(0, Math.min(50, ranked.size())), flagsByRule, stages);
        writer.summary(result, listsUsed, rules.infos(), policy);
        t0 = lap(stages, "summary", t0);
        stage(progress, "writing report");
        report(db, outDir, result, ranked, tables);
        lap(stages, "report", t0);
        return result.withStages(stages);
    }

    /** The network exports' time; their failure thrown as it was. */
    private static Duration awaitExports(java.util.concurrent.FutureTask<Duration> exports) throws IOException {
        try {
            return exports.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the network exports", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error r) throw r;
            throw new IllegalStateException("writing the network exports failed: " + cause, cause);
        }
    }

    /** Waits for the exports to end whatever their outcome, so that a failed run returns with no file still being written. */
    private static void awaitQuietly(java.util.concurrent.FutureTask<Duration> exports) {
        boolean interrupted = false;
        while (true) {
            try {
                exports.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException e) {
                break;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void report(WorkDatabase db, Path outDir, DetectionResult result, List<RankedParty> ranked, TradeTables tables) throws SQLException, IOException {
        List<RankedParty> top = ranked.subList(0, Math.min(REPORT_PARTIES, ranked.size()));
        List<String> ids = new ArrayList<>(Collections.nCopies(ranked.size(), (String) null));
        for (RankedParty r : ranked) ids.set(r.party().number(), r.party().id());
        Map<String, String> tierLabels = new HashMap<>();
        for (org.chokepoint.trade.goods.ChplTier t : org.chokepoint.trade.goods.ChplTier.values()) tierLabels.put(t.code(), t.label() + ": " + t.summary());
        tierLabels.put("UAV", "UAVs (HS 8806)");
        tierLabels.put("arms", "Arms and ammunition (HS 93)");
        tierLabels.put("aircraft parts", "Aircraft and UAV parts (HS 8807)");
        tierLabels.put("other", "Other goods");
        List<ReportData.Link> links = ReportQueries.links(db, top.stream().limit(REPORT_NETWORK_PARTIES).map(r -> r.party().number()).toList(), ids, 120);
        Set<String> ends = new HashSet<>();
        links.forEach(l -> { ends.add(l.seller()); ends.add(l.buyer()); });
        List<RankedParty> linked = ranked.subList(top.size(), ranked.size()).stream().filter(r -> ends.contains(r.party().id())).toList();
        ReportData data = new ReportData(result, top, rules.infos(), ReportQueries.routes(db, tables.russiaBan(), 30),
                ReportQueries.tiers(db, tables.bannedDestination("t"), tierLabels), links, linked);
        org.chokepoint.detect.report.ReportWriter.write(outDir.resolve("report.html"), data);
    }

    private static final int REPORT_PARTIES = 50;
    private static final int REPORT_NETWORK_PARTIES = 25;

    /** The stage running, named in errors: a DuckDB failure deep in a run says where it happened. */
    private String stage = "";

    private void stage(DetectionProgress progress, String name) {
        stage = name;
        progress.stage(name);
    }

    /** Its CPU time, for profiling with Java Flight Recorder ({@link StageEvent}); free without a recording. Started by each run. */
    private StageEvent stageEvent;

    private long lap(Map<String, Duration> stages, String name, long t0) {
        long now = System.nanoTime();
        stages.put(name, Duration.ofNanos(now - t0));
        stageEvent = stageEvent.end(name);
        return now;
    }

    private static void writePartyTable(WorkDatabase db, List<Party> parties) throws SQLException {
        db.execute("CREATE TABLE party (party INTEGER, country VARCHAR, listed BOOLEAN, name VARCHAR)");
        try (DuckDBAppender a = db.appender("party")) {
            for (Party p : parties) {
                a.beginRow();
                a.append(p.number());
                a.append(p.country());
                a.append(p.listed());
                a.append(p.name());
                a.endRow();
            }
        }
    }

    /** The marks of the record rules' flags, on the seller, the buyer or both as each flag says. */
    static void recordFlagMarks(WorkDatabase db) throws SQLException {
        db.execute("INSERT INTO mark SELECT f.idx, t.seller, f.rule, f.weight, f.detail FROM rflag f JOIN trade t USING (idx) WHERE f.roles & 1 <> 0");
        db.execute("INSERT INTO mark SELECT f.idx, t.buyer, f.rule, f.weight, f.detail FROM rflag f JOIN trade t USING (idx) WHERE f.roles & 2 <> 0");
    }

    /** The party rules' flags of each party, by party index then rule order (null where a rule found nothing). */
    private PartyFlag[][] checkPartyRules(List<Party> parties) {
        // The rules are pure and thread-safe; checked in parallel (a party's addresses against the lists' cost most),
        // appended in party and rule order as before.
        PartyFlag[][] found = new PartyFlag[parties.size()][];
        EachParty.run(settings.threads(), parties.size(), "party rules", i -> {
            Party p = parties.get(i);
            PartyFacts facts = new PartyFacts(p.number(), p.names(), p.country(), p.identifiers(), p.addresses(), List.of(), 0, p.hits(), p.listed());
            PartyFlag[] flags = new PartyFlag[rules.partyRules().size()];
            int k = 0;
            for (PartyRule r : rules.partyRules()) flags[k++] = r.check(facts, lists);
            found[i] = flags;
        });
        return found;
    }

    private static void storePartyFlags(WorkDatabase db, List<Party> parties, PartyFlag[][] found) throws SQLException {
        db.execute("CREATE TABLE pflag (party INTEGER, rule VARCHAR, weight DOUBLE, detail VARCHAR)");
        try (DuckDBAppender a = db.appender("pflag")) {
            for (int i = 0; i < parties.size(); i++) {
                Party p = parties.get(i);
                for (PartyFlag f : found[i]) {
                    if (f == null) continue;
                    a.beginRow();
                    a.append(p.number());
                    a.append(f.rule());
                    a.append(f.weight());
                    a.append(f.detail());
                    a.endRow();
                }
            }
        }
    }

    /**
     * The party rules' flags on each record of the party, straight into {@code flagged}: each is one per record, party
     * and rule already (a party rule flags a party once, its ids are no other rule's, and a record's seller and buyer
     * are marked apart), so they need not go through the marks' reduction to one per record, party and rule, which
     * they were a third of at a million records.
     */
    private static void flagPartyRecords(WorkDatabase db) throws SQLException {
        db.execute("INSERT INTO flagged SELECT t.idx, p.party, p.rule, p.weight, p.detail FROM pflag p JOIN trade t ON t.seller = p.party");
        db.execute("INSERT INTO flagged SELECT t.idx, p.party, p.rule, p.weight, p.detail FROM pflag p JOIN trade t ON t.buyer = p.party AND t.seller <> p.party");
    }

    static void datasetRule(WorkDatabase db, DatasetRule r, TradeTables tables) throws SQLException {
        String sql = r.marks(tables);
        try (PreparedStatement ps = db.connection().prepareStatement(
                "INSERT INTO mark SELECT idx, party, ?, least(1.0, weight), detail FROM (" + sql + ") WHERE party IS NOT NULL")) {
            ps.setString(1, r.id());
            ps.execute();
        } catch (SQLException e) {
            throw new SQLException("rule " + r.id() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Each party's flags summed per rule, with the record ids of its strongest records as evidence. The top
     * records are kept by {@code max_by(.., n)}, a bounded aggregate: collecting every flagged record of a
     * large party into a list first does not fit DuckDB's memory at ten million records.
     */
    private Map<Integer, List<FlagSummary>> flagSummaries(WorkDatabase db, Map<String, String> titles) throws SQLException {
        record Row(int party, String rule, double weight, long count, String detail, long[] evidence) {}
        List<Row> rows = new ArrayList<>();
        // Strongest first, then the earlier record: a struct orders by its fields in turn. The detail is that of
        // the first evidence record (by weight alone, a tie would be broken by thread timing).
        String sql = """
                SELECT party, encode(rule), max(weight), count(*), encode(arg_max(detail, struct_pack(w := weight, i := -idx))), max_by(idx, struct_pack(w := weight, i := -idx), %d)
                FROM flagged GROUP BY party, rule""".formatted(settings.evidenceLimit());
        db.execute("CREATE TEMP TABLE evidence (idx BIGINT)");
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql);
             org.duckdb.DuckDBAppender ev = db.appender("evidence")) {
            while (rs.next()) {
                Object[] ids = (Object[]) rs.getArray(6).getArray();
                long[] idx = new long[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    idx[i] = ((Number) ids[i]).longValue();
                    ev.beginRow();
                    ev.append(idx[i]);
                    ev.endRow();
                }
                rows.add(new Row(rs.getInt(1), EncodedText.of(rs, 2), rs.getDouble(3), rs.getLong(4), EncodedText.of(rs, 5), idx));
            }
        }
        Map<Long, String> recordIds = new HashMap<>();
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT idx, encode(record_id) FROM rid WHERE idx IN (SELECT idx FROM evidence)")) {
            while (rs.next()) recordIds.put(rs.getLong(1), EncodedText.of(rs, 2));
        }
        db.execute("DROP TABLE evidence");
        Map<Integer, List<FlagSummary>> out = new HashMap<>();
        for (Row r : rows) {
            List<String> evidence = Arrays.stream(r.evidence()).mapToObj(recordIds::get).toList();
            out.computeIfAbsent(r.party(), k -> new ArrayList<>())
                    .add(new FlagSummary(r.rule(), titles.getOrDefault(r.rule(), r.rule()), r.weight(), r.count(), r.detail(), evidence));
        }
        return out;
    }

    static Map<Integer, TradeProfile> profiles(WorkDatabase db) throws SQLException {
        Map<Integer, TradeProfile> out = new HashMap<>();
        // Sums as decimals: exact, so the same whatever DuckDB's threads add first (a sum of doubles is not).
        String sql = """
                WITH s AS (SELECT seller AS party, count(*) AS n, sum(CAST(value AS DECIMAL(38, 8)))::DOUBLE AS v, sum(CAST(CASE WHEN concern THEN value ELSE 0 END AS DECIMAL(38, 8)))::DOUBLE AS cv,
                             sum(CAST(CASE WHEN concern AND dest IN ('RU','BY','IR','KP','SY') THEN value ELSE 0 END AS DECIMAL(38, 8)))::DOUBLE AS bv, count(DISTINCT buyer) AS buyers
                           FROM trade GROUP BY seller),
                b AS (SELECT buyer AS party, count(*) AS n, sum(CAST(value AS DECIMAL(38, 8)))::DOUBLE AS v, sum(CAST(CASE WHEN concern THEN value ELSE 0 END AS DECIMAL(38, 8)))::DOUBLE AS cv,
                             count(DISTINCT seller) AS sellers, list(DISTINCT seller_cc ORDER BY seller_cc) FILTER (WHERE concern) AS ccs
                      FROM trade GROUP BY buyer)
                SELECT coalesce(s.party, b.party), coalesce(s.n, 0), coalesce(s.v, 0), coalesce(s.cv, 0), coalesce(s.bv, 0), coalesce(s.buyers, 0),
                       coalesce(b.n, 0), coalesce(b.v, 0), coalesce(b.cv, 0), coalesce(b.sellers, 0), b.ccs
                FROM s FULL OUTER JOIN b ON s.party = b.party""";
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                java.sql.Array ccs = rs.getArray(11);
                List<String> countries = ccs == null ? List.of() : Arrays.stream((Object[]) ccs.getArray()).map(String::valueOf).toList();
                out.put(rs.getInt(1), new TradeProfile(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getLong(6),
                        rs.getLong(7), rs.getDouble(8), rs.getDouble(9), rs.getLong(10), countries));
            }
        }
        return out;
    }

    static Map<Integer, Long> recordCounts(WorkDatabase db) throws SQLException {
        Map<Integer, Long> out = new HashMap<>();
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT p, count(*) FROM (SELECT seller AS p FROM trade UNION ALL SELECT buyer AS p FROM trade WHERE buyer <> seller) GROUP BY p")) {
            while (rs.next()) out.put(rs.getInt(1), rs.getLong(2));
        }
        return out;
    }

    private static List<RankedParty> rank(List<Party> parties, Map<Integer, List<FlagSummary>> flags, Map<Integer, TradeProfile> profiles,
                                          Map<Integer, Long> recordCounts) {
        record Scored(Party p, double risk, List<FlagSummary> flags, long records) {}
        List<Scored> scored = new ArrayList<>(parties.size());
        for (Party p : parties) {
            long records = recordCounts.getOrDefault(p.number(), 0L);
            List<FlagSummary> f = RiskModel.ordered(flags.getOrDefault(p.number(), List.of()), records);
            double listedScore = p.listed() ? p.hits().getFirst().score() : 0;
            scored.add(new Scored(p, RiskModel.risk(f, records, listedScore), f, records));
        }
        scored.sort(Comparator.comparingDouble(Scored::risk).reversed()
                .thenComparing(s -> !s.p().listed())
                .thenComparingLong(s -> -s.records())
                .thenComparing(s -> s.p().id()));
        List<RankedParty> out = new ArrayList<>(scored.size());
        int rank = 0;
        for (Scored s : scored) {
            Party p = s.p();
            TradeProfile t = profiles.getOrDefault(p.number(), TradeProfile.EMPTY);
            String listedAs = p.listed() ? p.hits().getFirst().name() + " (" + p.hits().getFirst().entityId() + ", " + p.hits().getFirst().list()
                    + String.format(Locale.ROOT, ", score %.2f)", p.hits().getFirst().score()) : null;
            // Why spellings that share no word are one party: right after what the party is (listed), else at the end.
            String joined = p.entryJoin() == null ? null : p.entryJoin().sentence();
            if (joined != null && listedAs != null) listedAs += ". " + joined.substring(0, joined.length() - 1);
            String explanation = RiskModel.explain(p.name(), p.country(), listedAs, s.flags(), s.records(), t);
            if (joined != null && !p.listed()) explanation += " " + joined;
            out.add(new RankedParty(++rank, p, s.risk(), s.flags(), t, explanation, s.records()));
        }
        return out;
    }

    /** The listed names read beside the record pass, or read here if that failed (its error is then this one's). */
    private ListedNames awaitNames(java.util.concurrent.FutureTask<ListedNames> names) {
        try {
            return names.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return lists.names();
        } catch (java.util.concurrent.ExecutionException e) {
            return lists.names();
        }
    }

    private static Map<String, Long> flagsByRule(WorkDatabase db) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT rule, count(DISTINCT idx) FROM flagged GROUP BY rule")) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }
}
