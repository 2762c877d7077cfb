package org.chokepoint.server.auth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import org.chokepoint.server.Route;
import org.chokepoint.server.UnreadBody;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Authentication and authorisation in front of every route of the table. An API request proves who it
 * is with {@code Authorization: Bearer TOKEN}, or with the session cookie when a page's script calls the
 * API; a page request with the session cookie. A request with neither gets 401 (API) or a redirect to
 * the login page (pages); a role below the route's gets 403; a state-changing request that rides on the
 * session cookie must carry the session's CSRF token (form field {@code csrf} or header
 * {@code X-CSRF-Token}), or it gets 403. Thread-safe.
 */
public final class Guard {
    public static final String SESSION_COOKIE = "cp_session";
    public static final String CSRF_FIELD = "csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "chokepoint.principal";
    /** The most of a refused request's body read before answering (above it the connection is closed). */
    static final long REFUSED_BODY_READ = 8L * 1024 * 1024;

    private final UserStore users;

    public Guard(UserStore users) {
        this.users = users;
    }

    /** Runs the checks; returns true when the route's handler may run, false when the response is already set. */
    public boolean admit(Context ctx, Route route) {
        ctx.header(Header.CACHE_CONTROL, "no-store");
        if (route.maxBody() > 0 && ctx.contentLength() > route.maxBody()) {
            // Not read, so this connection cannot carry another request: say so, or the client reuses it.
            ctx.header(Header.CONNECTION, "close");
            refuse(ctx, route, 413, "request body larger than " + route.maxBody() + " bytes");
            return false;
        }
        if (route.role() == null) return true;
        String authorization = ctx.header(Header.AUTHORIZATION);
        Optional<Principal> principal;
        if (authorization != null) {
            // A request that sends credentials is judged on them alone: a wrong token does not fall back to a cookie.
            principal = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? users.forToken(authorization.substring(7)).map(u -> new Principal(u, null)) : Optional.empty();
        } else {
            principal = users.session(ctx.cookie(SESSION_COOKIE));
        }
        if (principal.isEmpty()) {
            if (route.kind() == Route.Kind.PAGE) {
                ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
            } else {
                ctx.header(Header.WWW_AUTHENTICATE, "Bearer realm=\"chokepoint\"");
                refuse(ctx, route, 401, "authentication required: send Authorization: Bearer <token>");
            }
            return false;
        }
        Principal p = principal.get();
        if (!p.role().includes(route.role())) {
            refuse(ctx, route, 403, "this needs the " + route.role().label() + " role; " + p.username() + " is " + p.role().label());
            return false;
        }
        if (p.viaSession() && route.method() != HandlerType.GET) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null && isForm(ctx)) sent = ctx.formParam(CSRF_FIELD);
            if (!Secrets.same(sent, p.csrf())) {
                refuse(ctx, route, 403, "missing or wrong CSRF token; reload the page and try again");
                return false;
            }
        }
        ctx.attribute(PRINCIPAL, p);
        return true;
    }

    /** The principal {@link #admit} established for this request. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) throw new IllegalStateException("no principal: route not guarded");
        return p;
    }

    /**
     * Reads and drops the body of a request refused before its handler read it ({@link UnreadBody}: CI saw a client get
     * no answer to a 403 on a 100 kB upload). Past {@link #REFUSED_BODY_READ} the connection is closed instead.
     */
    private static void discardBody(Context ctx) {
        if (ctx.contentLength() == 0 || ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) return;
        try {
            if (!UnreadBody.drain(ctx.req().getInputStream(), REFUSED_BODY_READ)) ctx.header(Header.CONNECTION, "close");
        } catch (IOException | IllegalStateException e) {
            // The body was read another way already (a form), or the client went away: nothing left to save.
            ctx.header(Header.CONNECTION, "close");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private static void refuse(Context ctx, Route route, int status, String message) {
        if (status != 413) discardBody(ctx);
        ctx.status(status);
        if (route.kind() == Route.Kind.API) {
            ctx.contentType("application/json").result(JsonNodeFactory.instance.objectNode().put("error", message).put("status", status).toString());
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(status + ": " + message);
        }
    }
}
