package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.audit.AuditEntry;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;

import java.util.List;

/** The audit log for admins: who did what, when and why, newest first, filterable by user and action. */
public final class AuditPage {
    private static final int PAGE = 100;

    private AuditPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(Route.get("/audit", Role.ADMIN, Route.Kind.PAGE, "pages", "Audit log", List.of("actor: a username", "action: an action prefix", "page: page number"),
                ctx -> show(desk, ctx)));
    }

    private static void show(Desk desk, Context ctx) {
        String actor = ScreenPage.trim(ctx.queryParam("actor"), 40);
        String action = ScreenPage.trim(ctx.queryParam("action"), 60);
        int page = 1;
        try {
            page = Math.max(1, Integer.parseInt(ctx.queryParam("page") == null ? "1" : ctx.queryParam("page")));
        } catch (NumberFormatException ignored) {
            // First page.
        }
        long total = desk.audit().count(actor, action);
        List<AuditEntry> entries = desk.audit().entries(actor, action, PAGE, (page - 1) * PAGE);
        int shownPage = page;
        ctx.html(Layout.page("Audit log", Guard.principal(ctx), "/audit", List.of(), h -> {
            Layout.heading(h, "Audit log", total + " entries. Append-only: the desk has no way to change or delete an entry.");
            h.open("form", "method", "get", "action", "/audit", "class", "filters card");
            h.open("div", "class", "field").el("label", "User", "for", "actor").empty("input", "id", "actor", "name", "actor", "value", actor, "maxlength", "40").close();
            h.open("div", "class", "field").el("label", "Action starts with", "for", "action")
                    .empty("input", "id", "action", "name", "action", "value", action, "placeholder", "decision.", "maxlength", "60").close();
            h.el("button", "Filter", "type", "submit");
            h.close();
            h.open("table", "class", "card audit").open("thead").open("tr").el("th", "#").el("th", "When").el("th", "Who").el("th", "Action").el("th", "On")
                    .el("th", "Why").el("th", "Details").close().close().open("tbody");
            for (AuditEntry e : entries) {
                h.open("tr").el("td", e.id(), "class", "muted").el("td", Layout.date(e.at())).el("td", e.actor(), "class", "strong")
                        .el("td", e.action(), "class", "mono").el("td", e.target()).el("td", e.reason()).el("td", e.detail(), "class", "muted small").close();
            }
            h.close().close();
            if (total > PAGE) {
                h.open("nav", "class", "pager");
                if (shownPage > 1) h.el("a", "← newer", "href", "/audit?actor=" + Html.query(actor) + "&action=" + Html.query(action) + "&page=" + (shownPage - 1));
                if ((long) shownPage * PAGE < total) h.el("a", "older →", "href", "/audit?actor=" + Html.query(actor) + "&action=" + Html.query(action) + "&page=" + (shownPage + 1));
                h.close();
            }
        }));
    }
}
