package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.lists.update.ListUpdater;
import org.chokepoint.lists.update.SourceOutcome;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.rescreen.RescreenReport;

import java.util.List;

/** The lists: what is loaded, what changed between snapshots, and (admins) loading new snapshots. */
public final class ListsApi {
    private ListsApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/api/v1/lists", Role.VIEWER, Route.Kind.API, "lists", "The current snapshot of every list: when loaded, counts, files and checksums",
                        List.of(), ctx -> ApiJson.send(ctx, ApiJson.object().set("lists", ApiJson.array(desk.lists().currentSnapshots(), ApiJson::snapshot)))),
                Route.get("/api/v1/lists/{source}/snapshots", Role.VIEWER, Route.Kind.API, "lists", "Every stored snapshot of one list, newest first",
                        List.of(), ctx -> ApiJson.send(ctx, ApiJson.object().set("snapshots", ApiJson.array(desk.lists().snapshots(ctx.pathParam("source")), ApiJson::snapshot)))),
                Route.get("/api/v1/lists/{source}/diff", Role.VIEWER, Route.Kind.API, "lists",
                        "What changed in one list between two snapshots (default: the one before the current, and the current)",
                        List.of("from: snapshot number of the older version", "to: snapshot number of the newer version", "limit: entities listed per kind of change (1-5000, default 200)"),
                        ctx -> ApiJson.send(ctx, ApiJson.diff(desk.lists().diff(ctx.pathParam("source"), Params.optionalLong(ctx, "from"), Params.optionalLong(ctx, "to")),
                                Params.integer(ctx, "limit", 200, 1, 5000)))),
                Route.post("/api/v1/lists/update", Role.ADMIN, Route.Kind.API, "lists",
                        "Load new snapshots of every list (from the folder the server was started with, or the official publishers), rebuild the screening index, "
                                + "then re-screen every stored party (findings and counterparty register; counts in rescreen); JSON {reason}",
                        "application/json", Route.SMALL_BODY, ctx -> update(desk, ctx)));
    }

    /** What an update did, and what screening every stored party again after it found. */
    public record Updated(ListUpdater.Update update, RescreenReport rescreen) {}

    /** Runs an update on behalf of {@code actor}, records it in the audit log, then re-screens every stored party. */
    public static Updated update(Desk desk, String actor, String reason) {
        ListUpdater.Update u = desk.lists().update();
        StringBuilder detail = new StringBuilder();
        for (SourceOutcome o : u.outcomes()) {
            if (!detail.isEmpty()) detail.append("; ");
            detail.append(o.source()).append(!o.ok() ? ": failed: " + o.error()
                    : (o.unchanged() ? ": unchanged, snapshot " : ": snapshot ") + o.snapshot().id() + ", " + o.snapshot().entities() + " entities");
        }
        desk.audit().append(actor, "lists.update", desk.lists().updateFrom() == null ? "publishers" : desk.lists().updateFrom().toString(), reason, detail.toString());
        return new Updated(u, desk.rescreen(actor, "lists updated"));
    }

    private static void update(Desk desk, Context ctx) {
        String reason = Params.field(ApiJson.body(ctx), "reason", 1000, false);
        Updated updated = update(desk, Guard.principal(ctx).username(), reason);
        ListUpdater.Update u = updated.update();
        ObjectNode out = ApiJson.object().put("ok", u.allOk());
        ArrayNode outcomes = out.putArray("outcomes");
        for (SourceOutcome o : u.outcomes()) {
            ObjectNode oo = outcomes.addObject().put("source", o.source()).put("ok", o.ok()).put("unchanged", o.unchanged()).put("error", o.error());
            if (o.snapshot() != null) oo.set("snapshot", ApiJson.snapshot(o.snapshot()));
        }
        u.skipped().forEach(out.putArray("skipped")::add);
        out.set("rescreen", RegisterApi.report(updated.rescreen()));
        ApiJson.send(ctx, out);
    }
}
