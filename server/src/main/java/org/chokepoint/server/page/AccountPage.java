package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.ApiToken;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;

import java.util.List;

/** The user's own page: who they are, and issuing an API token (shown once). Also the home redirect. */
public final class AccountPage {
    private AccountPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/", Role.VIEWER, Route.Kind.PAGE, "pages", "Home: the alert queue when findings are loaded, else the screening box", List.of(),
                        ctx -> ctx.redirect(desk.findings().loaded() ? "/alerts" : "/screen")),
                Route.get("/account", Role.VIEWER, Route.Kind.PAGE, "pages", "Your account and API tokens", List.of(), ctx -> show(desk, ctx, null, null)),
                Route.post("/account/tokens", Role.VIEWER, Route.Kind.PAGE, "pages", "Issue an API token (form: label)", "application/x-www-form-urlencoded",
                        Route.SMALL_BODY, ctx -> {
                            Principal p = Guard.principal(ctx);
                            String label = ScreenPage.trim(ctx.formParam("label"), 100);
                            show(desk, ctx, desk.users().issueToken(p.username(), p.username(), label), null);
                        }),
                Route.post("/account/tokens/{id}/revoke", Role.VIEWER, Route.Kind.PAGE, "pages", "Revoke an API token (yours; admins: anyone's)",
                        "application/x-www-form-urlencoded", Route.SMALL_BODY, ctx -> {
                            Principal p = Guard.principal(ctx);
                            var t = desk.users().revoke(p.username(), ctx.pathParam("id"), p.role().includes(Role.ADMIN) ? null : p.username());
                            if (t.isEmpty()) ctx.status(404);
                            show(desk, ctx, null, t.map(x -> "Token " + x.id() + " of " + x.username() + " revoked; it no longer works.")
                                    .orElse("No such token (already revoked?)."));
                        }));
    }

    private static void show(Desk desk, Context ctx, String newToken, String flash) {
        Principal p = Guard.principal(ctx);
        ctx.html(Layout.page("Account", p, "/account", List.of(), h -> {
            Layout.heading(h, p.user().displayName(), p.username() + " · " + p.role().label());
            h.open("section", "class", "card").el("h2", "API tokens");
            h.el("p", "A token lets a program use the REST API as you (Authorization: Bearer <token>). The API is described at /api/openapi.json.", "class", "hint");
            if (flash != null) h.el("p", flash, "class", "flash flash-ok", "role", "status");
            if (newToken != null) {
                h.open("div", "class", "flash flash-ok").el("p", "Your new token, shown this once. Store it now:").el("code", newToken, "class", "token").close();
            }
            h.open("form", "method", "post", "action", "/account/tokens", "class", "triage");
            Layout.csrf(h, p);
            h.empty("input", "name", "label", "placeholder", "label, e.g. nightly batch", "maxlength", "100", "aria-label", "label");
            h.el("button", "Issue a token", "type", "submit", "class", "primary");
            h.close();
            tokens(h, p, desk.users().tokens(p.role().includes(Role.ADMIN) ? null : p.username()));
            h.close();
        }));
    }

    /** The tokens with a revoke button each; admins see every user's. */
    private static void tokens(org.chokepoint.server.page.Html h, Principal p, List<ApiToken> tokens) {
        if (tokens.isEmpty()) {
            Layout.empty(h, "No API tokens.");
            return;
        }
        h.open("table").open("thead").open("tr").el("th", "Token id").el("th", "User").el("th", "Label").el("th", "Issued").el("th", "").close().close().open("tbody");
        for (ApiToken t : tokens) {
            h.open("tr").open("td").el("code", t.id()).close().el("td", t.username()).el("td", t.label() == null ? "" : t.label()).el("td", Layout.date(t.created()));
            h.open("td").open("form", "method", "post", "action", "/account/tokens/" + t.id() + "/revoke", "class", "inline");
            Layout.csrf(h, p);
            h.el("button", "Revoke", "type", "submit", "class", "link");
            h.close().close().close();
        }
        h.close().close();
    }
}
