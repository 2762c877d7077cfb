package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.rescreen.Counterparty;
import org.chokepoint.server.rescreen.CounterpartyRegister;
import org.chokepoint.server.rescreen.RegisterUpload;
import org.chokepoint.server.rescreen.RescreenReport;

import java.util.List;

/** The counterparty register (upload, list) and re-screening every stored party on demand. */
public final class RegisterApi {
    private RegisterApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/api/v1/counterparties", Role.VIEWER, Route.Kind.API, "rescreen", "The counterparty register, in file order", List.of(),
                        ctx -> ApiJson.send(ctx, ApiJson.object().set("counterparties", ApiJson.array(desk.register().all(), RegisterApi::counterparty)))),
                Route.post("/api/v1/counterparties", Role.ANALYST, Route.Kind.API, "rescreen",
                        "Replace the counterparty register with a CSV (formats.md §3: id,name[,country,type,identifier]) and screen it at once; "
                                + "read = stored + rejected, each rejection with line, field and reason; rescreen gives what screening found",
                        "text/csv", CounterpartyRegister.MAX_UPLOAD_BYTES, ctx -> upload(desk, ctx)),
                Route.post("/api/v1/rescreen", Role.ANALYST, Route.Kind.API, "rescreen",
                        "Screen every stored party (findings and counterparty register) against the current lists now; JSON {reason?}. "
                                + "Runs by itself after every list update",
                        "application/json", Route.SMALL_BODY, ctx -> {
                            String reason = Params.field(ApiJson.body(ctx), "reason", 1000, false);
                            ApiJson.send(ctx, report(desk.rescreen(Guard.principal(ctx).username(), reason == null ? "on request" : reason)));
                        }));
    }

    private static void upload(Desk desk, Context ctx) {
        RegisterUpload u = desk.uploadRegister(Guard.principal(ctx).username(), "upload", ctx.body());
        ctx.status(201);
        ApiJson.send(ctx, upload(u));
    }

    public static ObjectNode upload(RegisterUpload u) {
        ObjectNode o = ApiJson.object().put("read", u.read()).put("stored", u.stored()).put("rejected", u.rejected());
        o.set("rejections", ApiJson.array(u.rejections(), DatasetApi::rejection));
        if (u.rescreen() != null) o.set("rescreen", report(u.rescreen()));
        return o;
    }

    public static ObjectNode report(RescreenReport r) {
        return ApiJson.object().put("at", r.at().toString()).put("parties_screened", r.parties()).put("counterparties_screened", r.counterparties())
                .put("hits", r.hits()).put("new_hits", r.newHits()).put("alerts_open", r.alertsOpen()).put("reopened", r.reopened())
                .put("kept_cleared", r.suppressed()).put("lists", r.lists()).put("summary", r.summary());
    }

    static ObjectNode counterparty(Counterparty c) {
        return ApiJson.object().put("id", c.id()).put("party_id", c.partyId()).put("name", c.name()).put("country", c.country()).put("type", c.type())
                .put("identifier", c.identifier());
    }
}
