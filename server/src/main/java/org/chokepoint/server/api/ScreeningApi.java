package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.javalin.http.Context;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.screening.ScreeningQuery;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code POST /api/v1/screen} (one party) and {@code POST /api/v1/screen/batch} (a CSV of parties, formats.md §3). */
public final class ScreeningApi {
    /** A batch is screened while the client waits, so it is bounded. */
    public static final int MAX_BATCH_ROWS = 10_000;
    public static final long MAX_BATCH_BYTES = 5L * 1024 * 1024;

    private ScreeningApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.post("/api/v1/screen", Role.VIEWER, Route.Kind.API, "screening",
                        "Screen one party: JSON {name, country?, type?, identifier?, limit?, min_score?}; every match with its score and the features behind it",
                        "application/json", Route.SMALL_BODY, ctx -> single(desk, ctx)),
                Route.post("/api/v1/screen/batch", Role.ANALYST, Route.Kind.API, "screening",
                        "Screen a CSV of parties (id,name[,country,type,identifier]; formats.md §3) into JSON Lines, one line per row in input order; query limit, min_score",
                        "text/csv", MAX_BATCH_BYTES, ctx -> batch(desk, ctx)));
    }

    /** The query a JSON body describes; 400 when a field is wrong. */
    public static ScreeningQuery query(JsonNode b) {
        String name = Params.field(b, "name", 500, true);
        String type = Params.field(b, "type", 20, false);
        if (type != null && org.chokepoint.model.Schema.parse(type) == org.chokepoint.model.Schema.UNKNOWN) {
            throw new IllegalArgumentException("field type must be person, organization, vessel or aircraft (got '" + type + "')");
        }
        return ScreeningQuery.of(name, Params.field(b, "country", 2, false), type, Params.field(b, "identifier", 500, false),
                Params.fieldInt(b, "limit", 5, 1, 50), Params.fieldUnit(b, "min_score", ScorerV1.DEFAULT_THRESHOLD));
    }

    private static void single(Desk desk, Context ctx) {
        ScreeningQuery q = query(ApiJson.body(ctx));
        List<Match> matches = desk.lists().screener().screen(q);
        var out = ApiJson.screening(null, q.name(), matches);
        out.put("min_score", q.minScore()).put("entities_screened", desk.lists().entityCount());
        ApiJson.send(ctx, out);
    }

    private static void batch(Desk desk, Context ctx) {
        int limit = Params.integer(ctx, "limit", 5, 1, 50);
        double minScore = Params.unit(ctx, "min_score", ScorerV1.DEFAULT_THRESHOLD);
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).skipEmptyLines(true).ofCsvRecord(ctx.body())) {
            for (CsvRecord row : r) {
                rows.add(row);
                if (rows.size() > MAX_BATCH_ROWS + 1) throw new IllegalArgumentException("a batch has at most " + MAX_BATCH_ROWS + " rows; split the file");
            }
        } catch (CsvParseException e) {
            throw new IllegalArgumentException("body line " + (rows.size() + 1) + ": malformed CSV: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (rows.isEmpty()) throw new IllegalArgumentException("body line 1: no header row (expected id,name[,country,type,identifier])");
        Map<String, Integer> header = new HashMap<>();
        CsvRecord h = rows.get(0);
        for (int i = 0; i < h.getFieldCount(); i++) header.putIfAbsent(h.getField(i).strip().toLowerCase(Locale.ROOT), i);
        for (String required : List.of("id", "name")) {
            if (!header.containsKey(required)) throw new IllegalArgumentException("body line 1: the header has no '" + required + "' column (found: " + h.getFields() + ")");
        }
        List<CsvRecord> data = rows.subList(1, rows.size());
        String[] lines = new String[data.size()];
        java.util.stream.IntStream.range(0, data.size()).parallel().forEach(i -> {
            CsvRecord row = data.get(i);
            String id = field(row, header.get("id"));
            String name = field(row, header.get("name"));
            String error = row.getFieldCount() != h.getFieldCount() ? "line " + row.getStartingLineNumber() + ": expected " + h.getFieldCount() + " fields, found " + row.getFieldCount()
                    : id == null ? "line " + row.getStartingLineNumber() + ": empty id" : null;
            if (error != null) {
                lines[i] = ApiJson.screening(id == null ? "" : id, name == null ? "" : name, List.of()).put("error", error).toString();
                return;
            }
            try {
                ScreeningQuery q = ScreeningQuery.of(name == null ? "" : name, field(row, header.get("country")), field(row, header.get("type")),
                        field(row, header.get("identifier")), limit, minScore);
                lines[i] = q.screensNothing()
                        ? ApiJson.screening(id, "", List.of()).put("error", "line " + row.getStartingLineNumber() + ": " + ScreeningQuery.NOTHING_TO_SCREEN).toString()
                        : ApiJson.screening(id, name == null ? "" : name, desk.lists().screener().screen(q)).toString();
            } catch (IllegalArgumentException e) {
                lines[i] = ApiJson.screening(id, name == null ? "" : name, List.of()).put("error", "line " + row.getStartingLineNumber() + ": " + e.getMessage()).toString();
            }
        });
        desk.audit().append(Guard.principal(ctx).username(), "screen.batch", null, null, data.size() + " rows");
        ctx.contentType("application/x-ndjson; charset=utf-8").result(lines.length == 0 ? "" : String.join("\n", lines) + "\n");
    }

    private static String field(CsvRecord row, Integer index) {
        if (index == null || index >= row.getFieldCount()) return null;
        String v = row.getField(index).strip();
        return v.isEmpty() ? null : v;
    }
}
