package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.auth.User;

import java.util.List;

/** Who am I, API tokens, users (admins), and the audit log (admins). */
public final class AccountApi {
    private AccountApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/api/v1/me", Role.VIEWER, Route.Kind.API, "account", "The user the request acts for", List.of(),
                        ctx -> ApiJson.send(ctx, ApiJson.user(Guard.principal(ctx).user()))),
                Route.post("/api/v1/tokens", Role.VIEWER, Route.Kind.API, "account",
                        "Issue an API token for yourself: JSON {label?}. The token is shown once; only its digest is kept",
                        "application/json", Route.SMALL_BODY, ctx -> token(desk, ctx)),
                Route.get("/api/v1/users", Role.ADMIN, Route.Kind.API, "account", "Every user with their role", List.of(),
                        ctx -> ApiJson.send(ctx, ApiJson.object().set("users", ApiJson.array(desk.users().all(), ApiJson::user)))),
                Route.post("/api/v1/users", Role.ADMIN, Route.Kind.API, "account",
                        "Create a user: JSON {username, display_name?, role: viewer | analyst | admin, password (12+ characters)}",
                        "application/json", Route.SMALL_BODY, ctx -> createUser(desk, ctx)),
                Route.get("/api/v1/audit", Role.ADMIN, Route.Kind.API, "audit", "The audit log, newest first: who did what, when and why",
                        List.of("actor: only this user's entries", "action: only actions starting with this (decision., case., lists.update, login, dataset., detect., register., rescreen, token.)",
                                "offset: skip this many (default 0)", "limit: at most this many (1-1000, default 100)"), ctx -> audit(desk, ctx)));
    }

    private static void token(Desk desk, Context ctx) {
        String label = Params.field(ApiJson.body(ctx), "label", 100, false);
        String me = Guard.principal(ctx).username();
        String token = desk.users().issueToken(me, me, label);
        ctx.status(201);
        ApiJson.send(ctx, ApiJson.object().put("token", token).put("username", me).put("label", label)
                .put("note", "shown once: store it now; send it as Authorization: Bearer <token>"));
    }

    private static void createUser(Desk desk, Context ctx) {
        JsonNode b = ApiJson.body(ctx);
        String password = Params.field(b, "password", 200, true);
        User u = desk.users().create(Guard.principal(ctx).username(), Params.field(b, "username", 40, true), Params.field(b, "display_name", 100, false),
                org.chokepoint.server.auth.Role.parse(Params.field(b, "role", 10, true)), password.toCharArray());
        ctx.status(201);
        ApiJson.send(ctx, ApiJson.user(u));
    }

    private static void audit(Desk desk, Context ctx) {
        String actor = Params.text(ctx, "actor", 40);
        String action = Params.text(ctx, "action", 60);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        var o = ApiJson.object().put("total", desk.audit().count(actor, action)).put("offset", offset);
        o.set("entries", ApiJson.array(desk.audit().entries(actor, action, limit, offset), ApiJson::audit));
        ApiJson.send(ctx, o);
    }
}
