package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.auth.Secrets;
import org.chokepoint.server.auth.User;
import org.chokepoint.server.auth.UserStore;

import java.util.List;
import java.util.Optional;

/**
 * Login and logout. The login form is protected against login CSRF with a double-submit token: the
 * page sets a random cookie and puts the same value in the form, and a login whose two values differ is
 * refused. The session cookie is HttpOnly, SameSite=Strict, and Secure when the request came over HTTPS.
 * Failed logins are limited per account and per client address ({@link org.chokepoint.server.auth.LoginThrottle}):
 * beyond the limit the answer is 429 with Retry-After, and the password is not checked.
 */
public final class LoginPage {
    static final String LOGIN_COOKIE = "cp_login";

    private LoginPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/login", null, Route.Kind.PAGE, "pages", "The login page", List.of("next: where to go after logging in"), ctx -> form(ctx, null)),
                Route.post("/login", null, Route.Kind.PAGE, "pages", "Log in (form: username, password)", "application/x-www-form-urlencoded", Route.SMALL_BODY,
                        ctx -> login(desk, ctx)),
                Route.post("/logout", Role.VIEWER, Route.Kind.PAGE, "pages", "Log out", "application/x-www-form-urlencoded", Route.SMALL_BODY, ctx -> {
                    String sid = ctx.cookie(Guard.SESSION_COOKIE);
                    desk.users().endSession(sid);
                    desk.audit().append(Guard.principal(ctx).username(), "logout", null, null, null);
                    setCookie(ctx, Guard.SESSION_COOKIE, "", 0);
                    ctx.redirect("/login");
                }));
    }

    private static void form(Context ctx, String error) {
        String token = Secrets.token();
        setCookie(ctx, LOGIN_COOKIE, token, 600);
        String next = safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
        ctx.html(Layout.page("Log in", null, null, List.of(), h -> {
            h.open("div", "class", "login-card");
            h.open("div", "class", "login-brand").el("span", "◆", "class", "mark").text(" Chokepoint").close();
            h.el("p", "Sanctions screening and diversion analysis desk", "class", "lede");
            if (error != null) h.el("p", error, "class", "flash flash-error", "role", "alert");
            h.open("form", "method", "post", "action", "/login");
            h.empty("input", "type", "hidden", "name", "login_token", "value", token);
            h.empty("input", "type", "hidden", "name", "next", "value", next);
            h.el("label", "Username", "for", "username");
            h.empty("input", "id", "username", "name", "username", "autocomplete", "username", "required", "required", "autofocus", "autofocus", "maxlength", "40");
            h.el("label", "Password", "for", "password");
            h.empty("input", "id", "password", "name", "password", "type", "password", "autocomplete", "current-password", "required", "required", "maxlength", "200");
            h.el("button", "Log in", "type", "submit", "class", "primary");
            h.close();
            h.el("p", "Every decision you make here is recorded in the audit log with your name.", "class", "hint");
            h.close();
        }));
    }

    private static void login(Desk desk, Context ctx) {
        if (!Secrets.same(ctx.cookie(LOGIN_COOKIE), ctx.formParam("login_token"))) {
            ctx.status(403);
            form(ctx, "The login form expired. Please try again.");
            return;
        }
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        Optional<java.time.Duration> wait = desk.loginThrottle().blocked(username, ctx.ip());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ctx.status(429).header("Retry-After", Long.toString(seconds));
            form(ctx, "Too many failed logins for this account or from this address. Try again in " + (seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes") + ".");
            return;
        }
        Optional<User> user = username == null || password == null || username.length() > 40 || password.length() > 200
                ? Optional.empty() : desk.users().authenticate(username.strip(), password.toCharArray());
        if (user.isEmpty()) {
            desk.loginThrottle().failed(username, ctx.ip());
            desk.audit().append("anonymous", "login.failed", username == null ? null : username.strip().substring(0, Math.min(40, username.strip().length())), null, ip(ctx));
            ctx.status(401);
            form(ctx, "Unknown username or wrong password.");
            return;
        }
        desk.loginThrottle().succeeded(user.get().username());
        UserStore.Session s = desk.users().startSession(user.get().username());
        desk.audit().append(user.get().username(), "login", null, null, ip(ctx));
        setCookie(ctx, LOGIN_COOKIE, "", 0);
        setCookie(ctx, Guard.SESSION_COOKIE, s.id(), (int) UserStore.SESSION_LIFETIME.toSeconds());
        ctx.redirect(safeNext(ctx.formParam("next")));
    }

    /** Only a local path: an absolute or protocol-relative URL would make the login page an open redirect. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/login")) return "/";
        return next;
    }

    private static String ip(Context ctx) {
        return "from " + ctx.ip();
    }

    private static void setCookie(Context ctx, String name, String value, int maxAge) {
        boolean secure = "https".equalsIgnoreCase(ctx.scheme());
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }
}
