package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.screening.Feature;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.screening.ScreeningQuery;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;

import java.util.List;
import java.util.Locale;

/** The screening box: a name in any script, with optional country, type and identifiers, and every match explained. */
public final class ScreenPage {
    private ScreenPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(Route.get("/screen", Role.VIEWER, Route.Kind.PAGE, "pages", "Screening box with explained matches",
                List.of("name: the name to screen", "country: ISO alpha-2", "type: person, organization, vessel, aircraft", "identifier: e.g. INN 7702070139"),
                ctx -> show(desk, ctx)));
    }

    private static void show(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        String name = trim(ctx.queryParam("name"), 500);
        String country = trim(ctx.queryParam("country"), 2);
        String type = trim(ctx.queryParam("type"), 20);
        String identifier = trim(ctx.queryParam("identifier"), 500);
        List<Match> matches = null;
        String error = null;
        if (name != null) {
            try {
                matches = desk.lists().screener().screen(ScreeningQuery.of(name, country, type, identifier, 10, ScorerV1.DEFAULT_THRESHOLD));
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        List<Match> found = matches;
        String err = error;
        ctx.html(Layout.page("Screen", p, "/screen", List.of(), h -> {
            Layout.heading(h, "Screen a party", "Any script: Latin, Cyrillic, Chinese, Arabic and Persian, Korean, Armenian, Georgian. Country and identifiers sharpen the score; "
                    + String.format(Locale.ROOT, "%,d", desk.lists().entityCount()) + " listed entities are searched.");
            h.open("form", "method", "get", "action", "/screen", "class", "screen-form card");
            h.open("div", "class", "field grow").el("label", "Name", "for", "name")
                    .empty("input", "id", "name", "name", "name", "value", name, "placeholder", "e.g. АО Концерн ВКО Алмаз-Антей", "required", "required", "maxlength", "500", "autofocus", "autofocus").close();
            h.open("div", "class", "field small").el("label", "Country", "for", "country")
                    .empty("input", "id", "country", "name", "country", "value", country, "placeholder", "RU", "maxlength", "2").close();
            h.open("div", "class", "field").el("label", "Type", "for", "type").open("select", "id", "type", "name", "type");
            for (String t : new String[] {"", "organization", "person", "vessel", "aircraft"}) {
                h.el("option", t.isEmpty() ? "any" : t, "value", t, "selected", t.equals(type == null ? "" : type) ? "selected" : null);
            }
            h.close().close();
            h.open("div", "class", "field").el("label", "Identifiers", "for", "identifier")
                    .empty("input", "id", "identifier", "name", "identifier", "value", identifier, "placeholder", "INN 7702070139", "maxlength", "500").close();
            h.el("button", "Screen", "type", "submit", "class", "primary");
            h.close();
            if (err != null) h.el("p", err, "class", "flash flash-error");
            if (found != null) results(h, name, found);
        }));
    }

    static void results(Html h, String name, List<Match> matches) {
        h.open("section", "class", "results", "id", "results");
        h.open("h2").text(matches.isEmpty() ? "No match" : matches.size() + (matches.size() == 1 ? " match" : " matches")).text(" for ").el("q", name).close();
        if (matches.isEmpty()) {
            Layout.empty(h, "Nothing scored " + ScorerV1.DEFAULT_THRESHOLD + " or more against any loaded list. That is the documented threshold; "
                    + "lower scores are too weak to act on.");
        }
        for (Match m : matches) {
            h.open("article", "class", "match card");
            h.open("div", "class", "match-head");
            Layout.score(h, m.score());
            h.open("div", "class", "match-title");
            h.el("a", m.entity().name(), "href", Html.path("/entities/", m.entity().id()), "class", "entity-name");
            h.open("div", "class", "meta");
            Layout.badge(h, m.entity().list() == null ? m.entity().source() : m.entity().list(), "list");
            h.el("span", m.entity().schema().label(), "class", "muted");
            for (String prog : m.entity().programs()) Layout.badge(h, prog, "program");
            if (!m.entity().countries().isEmpty()) h.el("span", String.join(" · ", m.entity().countries()), "class", "muted");
            h.close().close().close();
            h.open("p", "class", "matched").text("Matched on ").el("strong", m.matchedName().value())
                    .text(" (" + m.matchedName().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", " + m.matchedName().script() + ")").close();
            h.open("table", "class", "features").open("thead").open("tr").el("th", "Evidence").el("th", "Effect", "class", "num").close().close().open("tbody");
            for (Feature f : m.features()) {
                h.open("tr", "class", f.contribution() < 0 ? "neg" : null).el("td", f.detail())
                        .el("td", String.format(Locale.ROOT, f.name().equals("name") ? "%.2f" : "%+.2f", f.contribution()), "class", "num").close();
            }
            h.close().close();
            h.el("p", "Scored by " + m.algorithm() + ": the name similarity, then each other piece of evidence moves it up or down.", "class", "hint");
            h.close();
        }
        h.close();
    }

    static String trim(String s, int max) {
        if (s == null || s.isBlank()) return null;
        String v = s.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
