package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.ApiToken;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;

import java.util.List;
import java.util.NoSuchElementException;

/** Listing and revoking API tokens: everyone their own, admins anyone's. */
public final class TokenApi {
    private TokenApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/api/v1/tokens", Role.VIEWER, Route.Kind.API, "account", "Your API tokens (id, label, created; never the secret). Admins: query user",
                        List.of("user: (admins) this user's tokens, or * for every user's"), ctx -> list(desk, ctx)),
                Route.post("/api/v1/tokens/{id}/revoke", Role.VIEWER, Route.Kind.API, "account",
                        "Revoke one of your API tokens by its id (admins: anyone's); it stops working at once. Body optional", "application/json",
                        Route.SMALL_BODY, ctx -> revoke(desk, ctx)));
    }

    private static void list(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        String user = Params.text(ctx, "user", 40);
        if (user != null && !user.equals(p.username()) && !p.role().includes(Role.ADMIN)) {
            ctx.status(403);
            ApiJson.send(ctx, ApiJson.object().put("error", "only admins see other users' tokens").put("status", 403));
            return;
        }
        String owner = user == null ? p.username() : user.equals("*") ? null : user;
        ApiJson.send(ctx, ApiJson.object().set("tokens", ApiJson.array(desk.users().tokens(owner), TokenApi::token)));
    }

    private static void revoke(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        String id = ctx.pathParam("id");
        ApiToken t = desk.users().revoke(p.username(), id, p.role().includes(Role.ADMIN) ? null : p.username())
                .orElseThrow(() -> new NoSuchElementException("no token '" + id + "'" + (p.role().includes(Role.ADMIN) ? "" : " of yours")
                        + "; ids are the 16 hex digits GET /api/v1/tokens lists"));
        ApiJson.send(ctx, token(t).put("revoked", true));
    }

    public static ObjectNode token(ApiToken t) {
        return ApiJson.object().put("id", t.id()).put("username", t.username()).put("label", t.label()).put("created", t.created().toString());
    }
}
