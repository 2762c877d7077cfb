package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.triage.CaseFile;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Cases: parties investigated together, with an append-only history of notes. */
public final class CaseApi {
    private CaseApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/api/v1/cases", Role.VIEWER, Route.Kind.API, "cases", "Every case, newest first", List.of(),
                        ctx -> ApiJson.send(ctx, ApiJson.object().set("cases", ApiJson.array(desk.cases().all(), ApiJson::caseFile)))),
                Route.post("/api/v1/cases", Role.ANALYST, Route.Kind.API, "cases", "Open a case: JSON {title, party_ids?: [...], note?}",
                        "application/json", Route.SMALL_BODY, ctx -> open(desk, ctx)),
                Route.get("/api/v1/cases/{id}", Role.VIEWER, Route.Kind.API, "cases", "One case with its history", List.of(),
                        ctx -> ApiJson.send(ctx, ApiJson.caseFile(get(desk, Params.pathLong(ctx, "id"))))),
                Route.post("/api/v1/cases/{id}/notes", Role.ANALYST, Route.Kind.API, "cases", "Add a note to a case: JSON {note, status?: open | closed}",
                        "application/json", Route.SMALL_BODY, ctx -> note(desk, ctx)));
    }

    public static CaseFile get(Desk desk, long id) {
        return desk.cases().get(id).orElseThrow(() -> new NoSuchElementException("no case " + id));
    }

    private static void open(Desk desk, Context ctx) {
        JsonNode b = ApiJson.body(ctx);
        List<String> parties = new ArrayList<>();
        for (JsonNode p : b.path("party_ids")) {
            if (!p.isTextual()) throw new IllegalArgumentException("field party_ids must be an array of strings");
            FindingsApi.party(desk, p.asText());
            parties.add(p.asText());
        }
        CaseFile c = desk.cases().open(Guard.principal(ctx).username(), Params.field(b, "title", 200, true), parties, Params.field(b, "note", 4000, false));
        ctx.status(201);
        ApiJson.send(ctx, ApiJson.caseFile(c));
    }

    private static void note(Desk desk, Context ctx) {
        long id = Params.pathLong(ctx, "id");
        get(desk, id);
        JsonNode b = ApiJson.body(ctx);
        CaseFile c = desk.cases().note(Guard.principal(ctx).username(), id, Params.field(b, "status", 10, false), Params.field(b, "note", 4000, true));
        ctx.status(201);
        ApiJson.send(ctx, ApiJson.caseFile(c));
    }
}
