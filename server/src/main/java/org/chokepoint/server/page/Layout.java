package org.chokepoint.server.page;

import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The frame every page shares: the head (one stylesheet, no inline styles or scripts, which the
 * Content-Security-Policy forbids anyway), the navigation with the user and a logout button, and the
 * page's own content. Also the small pieces pages repeat: score meters, badges, empty states.
 */
public final class Layout {
    private record Nav(String href, String label, Role role) {}

    private static final List<Nav> NAV = List.of(
            new Nav("/alerts", "Alerts", Role.VIEWER), new Nav("/screen", "Screen", Role.VIEWER), new Nav("/network", "Network", Role.VIEWER),
            new Nav("/cases", "Cases", Role.VIEWER), new Nav("/data", "Data", Role.VIEWER), new Nav("/lists", "Lists", Role.VIEWER), new Nav("/audit", "Audit log", Role.ADMIN));

    private Layout() {}

    /** A complete page; {@code principal} null for the login page. */
    public static String page(String title, Principal principal, String active, List<String> scripts, Consumer<Html> content) {
        Html h = new Html().doctype();
        h.open("html", "lang", "en").open("head");
        h.empty("meta", "charset", "utf-8").empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.el("title", title + " · Chokepoint");
        h.empty("link", "rel", "stylesheet", "href", "/static/desk.css");
        for (String s : scripts) h.open("script", "src", s, "defer", "defer").close();
        h.close();
        h.open("body");
        if (principal != null) header(h, principal, active);
        h.open("main", "class", principal == null ? "bare" : "content");
        content.accept(h);
        h.close();
        h.close().close();
        return h.toString();
    }

    private static void header(Html h, Principal p, String active) {
        h.open("header", "class", "topbar");
        h.open("a", "class", "brand", "href", "/").el("span", "◆", "class", "mark").text(" Chokepoint").el("span", "desk", "class", "brand-sub").close();
        h.open("nav");
        for (Nav n : NAV) {
            if (p.role().includes(n.role())) h.el("a", n.label, "href", n.href, "class", n.href.equals(active) ? "active" : null);
        }
        h.close();
        h.open("div", "class", "user");
        h.el("a", p.user().displayName(), "href", "/account", "class", "who");
        h.el("span", p.role().label(), "class", "role role-" + p.role().label());
        h.open("form", "method", "post", "action", "/logout", "class", "inline");
        csrf(h, p);
        h.el("button", "Log out", "type", "submit", "class", "link");
        h.close();
        h.close();
        h.close();
    }

    /** The hidden CSRF field every form that posts carries. */
    public static void csrf(Html h, Principal p) {
        h.empty("input", "type", "hidden", "name", Guard.CSRF_FIELD, "value", p.csrf());
    }

    /** A score in [0, 1] as a meter with its number beside it; colour bands come from the stylesheet's low/high/optimum. */
    public static void score(Html h, double score) {
        h.open("span", "class", "score");
        h.open("meter", "min", "0", "max", "1", "low", "0.5", "high", "0.8", "optimum", "0", "value", String.format(Locale.ROOT, "%.3f", score))
                .text(String.format(Locale.ROOT, "%.2f", score)).close();
        h.el("span", String.format(Locale.ROOT, "%.2f", score), "class", "num");
        h.close();
    }

    public static void badge(Html h, String text, String kind) {
        h.el("span", text, "class", "badge badge-" + kind);
    }

    public static void empty(Html h, String text) {
        h.el("p", text, "class", "empty");
    }

    /** A page heading with an optional line under it saying what the page is for. */
    public static void heading(Html h, String title, String lede) {
        h.open("div", "class", "page-head").el("h1", title);
        if (lede != null) h.el("p", lede, "class", "lede");
        h.close();
    }

    public static String date(java.time.Instant i) {
        return i == null ? "" : i.toString().substring(0, 16).replace('T', ' ') + " UTC";
    }
}
