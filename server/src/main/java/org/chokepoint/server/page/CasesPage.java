package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.api.CaseApi;
import org.chokepoint.server.api.FindingsApi;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.triage.CaseFile;

import java.util.ArrayList;
import java.util.List;

/** Cases: the list with a form to open one, and one case with its history and a form to add a note. */
public final class CasesPage {
    private CasesPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/cases", Role.VIEWER, Route.Kind.PAGE, "pages", "Cases", List.of(), ctx -> list(desk, ctx)),
                Route.post("/cases", Role.ANALYST, Route.Kind.PAGE, "pages", "Open a case (form: title, parties, note)", "application/x-www-form-urlencoded",
                        Route.SMALL_BODY, ctx -> open(desk, ctx)),
                Route.get("/cases/{id}", Role.VIEWER, Route.Kind.PAGE, "pages", "One case", List.of(), ctx -> show(desk, ctx)),
                Route.post("/cases/{id}/notes", Role.ANALYST, Route.Kind.PAGE, "pages", "Add a note to a case (form: note, status)", "application/x-www-form-urlencoded",
                        Route.SMALL_BODY, ctx -> note(desk, ctx)));
    }

    private static void list(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        List<CaseFile> cases = desk.cases().all();
        ctx.html(Layout.page("Cases", p, "/cases", List.of(), h -> {
            Layout.heading(h, "Cases", "Parties investigated together. A case's history only grows: notes are added, never edited.");
            if (p.role().includes(Role.ANALYST)) {
                h.open("form", "method", "post", "action", "/cases", "class", "card case-form");
                Layout.csrf(h, p);
                h.open("div", "class", "field grow").el("label", "Title", "for", "title").empty("input", "id", "title", "name", "title", "required", "required", "maxlength", "200").close();
                h.open("div", "class", "field grow").el("label", "Party ids (comma-separated)", "for", "parties")
                        .empty("input", "id", "parties", "name", "parties", "maxlength", "4000", "value", ctx.queryParam("party")).close();
                h.open("div", "class", "field grow").el("label", "First note", "for", "note").empty("input", "id", "note", "name", "note", "maxlength", "4000").close();
                h.el("button", "Open case", "type", "submit", "class", "primary");
                h.close();
            }
            if (cases.isEmpty()) Layout.empty(h, "No case yet.");
            else {
                h.open("table", "class", "card").open("thead").open("tr").el("th", "#").el("th", "Title").el("th", "Parties").el("th", "Status").el("th", "Opened").close().close().open("tbody");
                for (CaseFile c : cases) {
                    h.open("tr").el("td", c.id()).open("td").el("a", c.title(), "href", "/cases/" + c.id()).close().el("td", c.partyIds().size());
                    h.open("td");
                    Layout.badge(h, c.status(), c.status().equals("open") ? "open" : "cleared");
                    h.close().el("td", c.createdBy() + ", " + Layout.date(c.createdAt())).close();
                }
                h.close().close();
            }
        }));
    }

    private static void show(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        CaseFile c = CaseApi.get(desk, org.chokepoint.server.api.Params.pathLong(ctx, "id"));
        ctx.html(Layout.page("Case " + c.id(), p, "/cases", List.of(), h -> {
            h.open("div", "class", "page-head").open("p", "class", "crumb").el("a", "Cases", "href", "/cases").text(" / #" + c.id()).close();
            h.open("div", "class", "title-row").el("h1", c.title());
            Layout.badge(h, c.status(), c.status().equals("open") ? "open" : "cleared");
            h.close().close();
            h.open("div", "class", "grid2");
            h.open("section", "class", "card").el("h2", "Parties");
            if (c.partyIds().isEmpty()) Layout.empty(h, "No party attached.");
            h.open("ul", "class", "plain");
            for (String id : c.partyIds()) {
                String name = desk.findings().party(id).map(x -> x.name()).orElse(id);
                h.open("li").el("a", name, "href", Html.path("/parties/", id)).close();
            }
            h.close().close();
            h.open("section", "class", "card").el("h2", "History");
            h.open("ol", "class", "timeline");
            for (CaseFile.Event e : c.events()) {
                h.open("li").el("strong", e.status()).text(" · " + e.actor() + ", " + Layout.date(e.at())).el("div", e.note(), "class", "reason").close();
            }
            h.close();
            if (p.role().includes(Role.ANALYST)) {
                h.open("form", "method", "post", "action", "/cases/" + c.id() + "/notes", "class", "triage");
                Layout.csrf(h, p);
                h.empty("input", "name", "note", "placeholder", "note (required)", "required", "required", "maxlength", "4000", "aria-label", "note");
                h.open("select", "name", "status", "aria-label", "status").el("option", "keep open", "value", "open").el("option", "close the case", "value", "closed").close();
                h.el("button", "Add note", "type", "submit", "class", "primary");
                h.close();
            }
            h.close().close();
        }));
    }

    private static void open(Desk desk, Context ctx) {
        List<String> parties = new ArrayList<>();
        String raw = ctx.formParam("parties");
        if (raw != null) {
            for (String s : raw.split(",")) {
                if (s.isBlank()) continue;
                parties.add(FindingsApi.party(desk, s.strip()).partyId());
            }
        }
        CaseFile c = desk.cases().open(Guard.principal(ctx).username(), ctx.formParam("title"), parties, ctx.formParam("note"));
        ctx.redirect("/cases/" + c.id());
    }

    private static void note(Desk desk, Context ctx) {
        long id = org.chokepoint.server.api.Params.pathLong(ctx, "id");
        CaseApi.get(desk, id);
        desk.cases().note(Guard.principal(ctx).username(), id, ctx.formParam("status"), ctx.formParam("note"));
        ctx.redirect("/cases/" + id);
    }
}
