package org.chokepoint.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.staticfiles.Location;
import org.chokepoint.server.api.AccountApi;
import org.chokepoint.server.api.ApiJson;
import org.chokepoint.server.api.CaseApi;
import org.chokepoint.server.api.DatasetApi;
import org.chokepoint.server.api.EntityApi;
import org.chokepoint.server.api.FindingsApi;
import org.chokepoint.server.api.ListsApi;
import org.chokepoint.server.api.NetworkApi;
import org.chokepoint.server.api.OpenApi;
import org.chokepoint.server.api.RegisterApi;
import org.chokepoint.server.api.ScreeningApi;
import org.chokepoint.server.api.TokenApi;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.page.AccountPage;
import org.chokepoint.server.page.AlertsPage;
import org.chokepoint.server.page.AuditPage;
import org.chokepoint.server.page.CasesPage;
import org.chokepoint.server.page.DataPage;
import org.chokepoint.server.page.EntityPage;
import org.chokepoint.server.page.FlowsPage;
import org.chokepoint.server.page.Html;
import org.chokepoint.server.page.ListsPage;
import org.chokepoint.server.page.LoginPage;
import org.chokepoint.server.page.NetworkPage;
import org.chokepoint.server.page.PartyPage;
import org.chokepoint.server.page.ScreenPage;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The desk's HTTP server (Javalin on Jetty): the route table, every route behind the {@link Guard},
 * security headers on every response, static assets and WebJars, and errors mapped to statuses with a
 * message that says what was wrong. Start with {@link #start}, stop with {@link #close}.
 */
public final class DeskServer implements AutoCloseable {
    /** Any request body beyond this is refused by Jetty before a handler sees it; routes set tighter limits. */
    public static final long MAX_REQUEST = ScreeningApi.MAX_BATCH_BYTES;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Desk desk;
    private final List<Route> routes;
    private final Guard guard;
    private Javalin app;

    public DeskServer(Desk desk) {
        this.desk = desk;
        this.guard = new Guard(desk.users());
        List<Route> all = new ArrayList<>();
        all.add(Route.get("/api/openapi.json", Role.VIEWER, Route.Kind.API, "meta", "This document: the OpenAPI 3 description of every API route",
                List.of(), ctx -> ApiJson.send(ctx, OpenApi.document(routes(), "1"))));
        all.addAll(ScreeningApi.routes(desk));
        all.addAll(EntityApi.routes(desk));
        all.addAll(ListsApi.routes(desk));
        all.addAll(FindingsApi.routes(desk));
        all.addAll(NetworkApi.routes(desk));
        all.addAll(CaseApi.routes(desk));
        all.addAll(AccountApi.routes(desk));
        all.addAll(DatasetApi.routes(desk));
        all.addAll(RegisterApi.routes(desk));
        all.addAll(TokenApi.routes(desk));
        all.addAll(LoginPage.routes(desk));
        all.addAll(AccountPage.routes(desk));
        all.addAll(ScreenPage.routes(desk));
        all.addAll(EntityPage.routes(desk));
        all.addAll(ListsPage.routes(desk));
        all.addAll(AlertsPage.routes(desk));
        all.addAll(PartyPage.routes(desk));
        all.addAll(NetworkPage.routes(desk));
        all.addAll(FlowsPage.routes(desk));
        all.addAll(CasesPage.routes(desk));
        all.addAll(AuditPage.routes(desk));
        all.addAll(DataPage.routes(desk));
        this.routes = List.copyOf(all);
    }

    /** The route table, in registration order. */
    public List<Route> routes() {
        return routes;
    }

    public Desk desk() {
        return desk;
    }

    /** Starts listening on {@code host}:{@code port} (port 0: any free port; see {@link #port}). */
    public DeskServer start(String host, int port) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST;
            config.http.defaultContentType = "text/plain; charset=utf-8";
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/chokepoint/server/static";
                s.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(DeskServer::securityHeaders);
            for (Route r : routes) config.routes.addHttpHandler(r.method(), r.path(), ctx -> {
                if (guard.admit(ctx, r)) r.handler().handle(ctx);
            });
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> {
                if (e instanceof ContentTooLargeException) {
                    // The rest of the body stays unread, so this connection cannot carry another request: say so, or the client reuses it.
                    ctx.header(Header.CONNECTION, "close");
                    error(ctx, 413, e.getMessage());
                } else {
                    error(ctx, 400, e.getMessage());
                }
            });
            config.routes.exception(NoSuchElementException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            config.routes.exception(DeskException.class, (e, ctx) -> error(ctx, 500, e.getMessage()));
        });
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        ctx.header(Header.X_FRAME_OPTIONS, "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ApiJson.send(ctx, ApiJson.object().put("error", message).put("status", status));
        } else {
            ctx.html("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " · Chokepoint</title>"
                    + "<link rel=\"stylesheet\" href=\"/static/desk.css\"></head><body><main class=\"bare\"><div class=\"login-card\"><h1>"
                    + (status == 404 ? "Not found" : status == 400 ? "That did not work" : "Something went wrong") + "</h1><p class=\"flash flash-error\">"
                    + Html.escape(message) + "</p><p><a href=\"/\">Back to the desk</a></p></div></main></body></html>");
        }
    }

    @Override
    public void close() {
        if (app != null) app.stop();
    }
}
