package org.chokepoint.detect.findings;

import org.chokepoint.screening.ScorerV1;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import org.chokepoint.detect.DetectionResult;
import org.chokepoint.detect.EncodedText;
import org.chokepoint.detect.DetectionSettings;
import org.chokepoint.detect.ListUsed;
import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.flags.RuleInfo;
import org.chokepoint.detect.flags.SanctionsPolicy;
import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.rank.FlagSummary;
import org.chokepoint.detect.rank.RiskModel;
import org.chokepoint.detect.watchlist.ListedHit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the findings files of {@code formats.md} §2: {@code parties.jsonl} (every party once, ranked),
 * {@code shipments.jsonl} (every record with a flag, in input order) and {@code summary.json}. Each file is
 * written to a temporary name and moved into place when complete, so a reader never sees half a file.
 * Records are streamed from the work database; memory holds one party or record at a time.
 */
public final class FindingsWriter {
    public static final String FORMAT = "chokepoint-findings/1";
    private static final JsonFactory JSON = new JsonFactory();

    private final Path outDir;
    private final DetectionSettings settings;

    public FindingsWriter(Path outDir, DetectionSettings settings) {
        this.outDir = outDir;
        this.settings = settings;
    }

    /**
     * parties.jsonl, in rank order; every party's record ids streamed from the work database (as bytes, {@link EncodedText}), from
     * the trade rows themselves ({@code TradeTable}). A record is a party's once even when it sells to itself: its buyer side
     * is left out then (no DISTINCT over every record).
     */
    public void parties(DuckDBConnection conn, List<RankedParty> ranked) throws IOException, SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE prank (party INTEGER, rank INTEGER)");
        }
        try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "prank")) {
            for (RankedParty r : ranked) {
                a.beginRow();
                a.append(r.party().number());
                a.append(r.rank());
                a.endRow();
            }
        }
        String sql = """
                SELECT pr.rank, encode(x.record_id) FROM (SELECT seller AS p, idx, record_id FROM trade UNION ALL SELECT buyer AS p, idx, record_id FROM trade WHERE buyer <> seller) x
                JOIN prank pr ON pr.party = x.p WHERE x.record_id IS NOT NULL ORDER BY pr.rank, x.idx""";
        Path tmp = outDir.resolve("parties.jsonl.part");
        try (OutputStream out = Files.newOutputStream(tmp); JsonGenerator g = lines(out);
             Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            boolean more = rs.next();
            for (RankedParty r : ranked) {
                List<String> ids = new ArrayList<>();
                while (more && rs.getInt(1) == r.rank()) {
                    ids.add(EncodedText.of(rs, 2));
                    more = rs.next();
                }
                party(g, r, ids);
                g.writeRaw('\n');
            }
        }
        Files.move(tmp, outDir.resolve("parties.jsonl"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void party(JsonGenerator g, RankedParty r, List<String> recordIds) throws IOException {
        Party p = r.party();
        g.writeStartObject();
        g.writeNumberField("rank", r.rank());
        g.writeStringField("party_id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("country", p.country());
        strings(g, "aliases", p.names());
        strings(g, "ids", p.identifiers());
        strings(g, "addresses", p.addresses());
        strings(g, "record_ids", recordIds);
        g.writeNumberField("risk", r.risk());
        g.writeBooleanField("listed", p.listed());
        g.writeArrayFieldStart("list_matches");
        for (ListedHit h : p.hits()) match(g, h);
        g.writeEndArray();
        g.writeArrayFieldStart("red_flags");
        for (FlagSummary f : r.flags()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeNumberField("weight", round(RiskModel.effective(f, r.records())));
            strings(g, "evidence", f.evidence());
            g.writeNumberField("records", f.count());
            g.writeStringField("detail", f.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("explanation", r.explanation());
        g.writeEndObject();
    }

    private static void match(JsonGenerator g, ListedHit h) throws IOException {
        g.writeStartObject();
        g.writeStringField("list", h.list());
        g.writeStringField("entity_id", h.entityId());
        g.writeStringField("name", h.name());
        g.writeStringField("matched_name", h.matchedName());
        g.writeNumberField("score", round(h.score()));
        g.writeStringField("explanation", h.explanation());
        g.writeEndObject();
    }

    /**
     * shipments.jsonl: every record with at least one flag, in input order, with its parties' list matches. A rule
     * that flags both parties of a record gives the record its greater weight and, on a tie, the greater detail text
     * (plain max and a join, which DuckDB can spill to disk at ten million records).
     */
    public void shipments(DuckDBConnection conn, List<Party> parties) throws IOException, SQLException {
        String sql = """
                WITH top AS (SELECT idx, rule, max(weight) AS w FROM flagged GROUP BY idx, rule),
                     best AS (SELECT f.idx, f.rule, top.w, max(f.detail) AS detail FROM flagged f
                              JOIN top ON f.idx = top.idx AND f.rule = top.rule AND f.weight = top.w GROUP BY f.idx, f.rule, top.w)
                SELECT b.idx, encode(t.record_id), t.seller, t.buyer, encode(b.rule), b.w, encode(b.detail)
                FROM best b JOIN trade t USING (idx) WHERE t.record_id IS NOT NULL ORDER BY b.idx, b.w DESC, b.rule""";
        Path tmp = outDir.resolve("shipments.jsonl.part");
        try (OutputStream out = Files.newOutputStream(tmp); JsonGenerator g = lines(out);
             Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            boolean more = rs.next();
            while (more) {
                long idx = rs.getLong(1);
                String recordId = EncodedText.of(rs, 2);
                Party seller = parties.get(rs.getInt(3));
                Party buyer = parties.get(rs.getInt(4));
                List<String[]> flags = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                while (more && rs.getLong(1) == idx) {
                    flags.add(new String[] {EncodedText.of(rs, 5), EncodedText.of(rs, 7)});
                    weights.add(rs.getDouble(6));
                    more = rs.next();
                }
                double keep = 1;
                for (double w : weights) keep *= 1 - w;
                g.writeStartObject();
                g.writeStringField("record_id", recordId);
                g.writeNumberField("score", round(1 - keep));
                g.writeArrayFieldStart("red_flags");
                for (int i = 0; i < flags.size(); i++) {
                    g.writeStartObject();
                    g.writeStringField("rule", flags.get(i)[0]);
                    g.writeNumberField("weight", round(weights.get(i)));
                    strings(g, "evidence", List.of(recordId));
                    g.writeStringField("detail", flags.get(i)[1]);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("party_matches");
                partyMatches(g, "exporter", seller);
                partyMatches(g, "importer", buyer);
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
        Files.move(tmp, outDir.resolve("shipments.jsonl"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void partyMatches(JsonGenerator g, String role, Party p) throws IOException {
        for (ListedHit h : p.hits()) {
            g.writeStartObject();
            g.writeStringField("role", role);
            g.writeStringField("party_id", p.id());
            g.writeStringField("party_name", p.name());
            g.writeStringField("list", h.list());
            g.writeStringField("entity_id", h.entityId());
            g.writeStringField("name", h.name());
            g.writeNumberField("score", round(h.score()));
            g.writeEndObject();
        }
    }

    /** summary.json: counts, lists used, parameters and rules, run time. */
    public void summary(DetectionResult r, List<ListUsed> lists, List<RuleInfo> rules, SanctionsPolicy policy) throws IOException {
        Path tmp = outDir.resolve("summary.json.part");
        try (OutputStream out = Files.newOutputStream(tmp); JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("input", r.inputName());
            g.writeStringField("generated_at", Instant.now().toString());
            g.writeObjectFieldStart("records");
            g.writeNumberField("read", r.read());
            g.writeNumberField("stored", r.valid());
            g.writeNumberField("rejected", r.rejected());
            g.writeNumberField("flagged", r.flaggedRecords());
            g.writeStringField("rejects_file", "rejects.csv");
            g.writeObjectFieldStart("rejected_by_column");
            for (Map.Entry<String, Long> e : r.rejectReasons().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("parties");
            g.writeNumberField("total", r.parties());
            g.writeNumberField("listed", r.listedParties());
            g.writeNumberField("spellings", r.mentions());
            g.writeEndObject();
            g.writeObjectFieldStart("flagged_records_by_rule");
            for (Map.Entry<String, Long> e : r.flagsByRule().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeArrayFieldStart("lists");
            for (ListUsed l : lists) {
                g.writeStartObject();
                g.writeStringField("source", l.source());
                g.writeNumberField("snapshot", l.snapshot());
                if (l.published() != null) g.writeStringField("published", l.published());
                g.writeStringField("loaded", l.loaded());
                g.writeNumberField("entities", l.entities());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("parameters");
            g.writeStringField("risk_model", RiskModel.VERSION);
            g.writeStringField("scorer", ScorerV1.NAME);
            g.writeNumberField("evidence_limit", settings.evidenceLimit());
            g.writeNumberField("names_screened_per_party", settings.namesScreened());
            g.writeNumberField("list_matches_per_party", settings.matchesKept());
            g.writeObjectFieldStart("banned_destinations");
            for (var e : new java.util.TreeMap<>(policy.bannedSince()).entrySet()) g.writeStringField(e.getKey(), e.getValue().toString());
            g.writeEndObject();
            strings(g, "hubs", policy.hubs().stream().sorted().toList());
            g.writeArrayFieldStart("rules");
            for (RuleInfo i : rules) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeStringField("title", i.title());
                g.writeStringField("detects", i.detects());
                g.writeStringField("why", i.why());
                g.writeStringField("source", i.source());
                g.writeObjectFieldStart("parameters");
                // Sorted: a rule's parameters are often a Map.of, whose order changes from one JVM to the next.
                for (var e : new java.util.TreeMap<>(i.parameters()).entrySet()) g.writeStringField(e.getKey(), e.getValue());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeNumberField("run_time_seconds", seconds(r.total()));
            g.writeObjectFieldStart("stages_seconds");
            for (Map.Entry<String, Duration> e : r.stages().entrySet()) g.writeNumberField(e.getKey(), seconds(e.getValue()));
            g.writeEndObject();
            g.writeEndObject();
        }
        Files.move(tmp, outDir.resolve("summary.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonGenerator lines(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        // One object per line: no separator between root values, a newline written after each.
        g.setPrettyPrinter(new MinimalPrettyPrinter(""));
        return g;
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double seconds(Duration d) {
        return Math.round(d.toMillis()) / 1000.0;
    }
}
