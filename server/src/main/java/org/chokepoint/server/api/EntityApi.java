package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.lists.store.EntityJson;
import org.chokepoint.lists.store.EntityVersion;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScreeningQuery;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Role;

import java.util.List;
import java.util.NoSuchElementException;

/** Listed entities: search by name or id, one entity as its list has it now, and its history across snapshots. */
public final class EntityApi {
    /** Search is looser than screening: a person browsing wants near misses too. */
    public static final double SEARCH_MIN_SCORE = 0.5;

    private EntityApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/api/v1/entities", Role.VIEWER, Route.Kind.API, "entities", "Search listed entities by name (any script) or by exact id",
                        List.of("q: a name or an entity id (required)", "limit: at most this many (1-50, default 20)"), ctx -> search(desk, ctx)),
                Route.get("/api/v1/entities/{id}", Role.VIEWER, Route.Kind.API, "entities",
                        "One listed entity as its current list record has it (or its last stored version, with current=false, when delisted)",
                        List.of(), ctx -> get(desk, ctx)),
                Route.get("/api/v1/entities/{id}/history", Role.VIEWER, Route.Kind.API, "entities",
                        "The entity in every stored snapshot, oldest first, with the fields that changed from one to the next", List.of(),
                        ctx -> ApiJson.send(ctx, ApiJson.object().put("id", ctx.pathParam("id")).set("versions", ApiJson.history(history(desk, ctx.pathParam("id")))))));
    }

    /** Entities matching {@code q}: the entity itself when q is one's id, else name search. */
    public static List<Match> search(Desk desk, String q, int limit) {
        return desk.lists().screener().screen(new ScreeningQuery(q, null, null, List.of(), limit, SEARCH_MIN_SCORE));
    }

    private static void search(Desk desk, Context ctx) {
        String q = Params.text(ctx, "q", 500);
        if (q == null) throw new IllegalArgumentException("query parameter q is required");
        int limit = Params.integer(ctx, "limit", 20, 1, 50);
        ArrayNode results = ApiJson.MAPPER.createArrayNode();
        desk.lists().entity(q).ifPresent(e -> results.add(ApiJson.entitySummary(e).put("score", 1.0).put("matched_name", e.name())));
        if (results.isEmpty()) {
            for (Match m : search(desk, q, limit)) {
                results.add(ApiJson.entitySummary(m.entity()).put("score", m.score()).put("matched_name", m.matchedName().value()));
            }
        }
        ApiJson.send(ctx, ApiJson.object().put("q", q).set("results", results));
    }

    private static void get(Desk desk, Context ctx) {
        String id = ctx.pathParam("id");
        Entity current = desk.lists().entity(id).orElse(null);
        ObjectNode o;
        if (current != null) {
            o = ApiJson.entity(current).put("current", true);
        } else {
            List<EntityVersion> h = history(desk, id);
            o = EntityJson.toNode(h.get(h.size() - 1).entity(), true).put("current", false);
        }
        o.put("fingerprint", desk.lists().fingerprint(id));
        ApiJson.send(ctx, o);
    }

    public static List<EntityVersion> history(Desk desk, String id) {
        List<EntityVersion> h = desk.lists().history(id);
        if (h.isEmpty()) throw new NoSuchElementException("no entity " + id + " in any stored snapshot (ids look like ofac-sdn:17013)");
        return h;
    }
}
