package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.api.FindingsApi;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.findings.ListMatch;
import org.chokepoint.server.findings.Party;
import org.chokepoint.server.findings.RedFlag;
import org.chokepoint.server.triage.Alert;
import org.chokepoint.server.triage.AlertStatus;
import org.chokepoint.server.triage.Verdict;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The alert queue with filters and triage, and the form post that records a decision. */
public final class AlertsPage {
    private static final int PAGE = 50;

    private AlertsPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/alerts", Role.VIEWER, Route.Kind.PAGE, "pages", "Alert queue with filters and triage",
                        List.of("status: active, all, or one status", "rule: red-flag rule", "listed: true for list matches only", "page: page number"), ctx -> show(desk, ctx)),
                Route.post("/alerts/{id}/decide", Role.ANALYST, Route.Kind.PAGE, "pages", "Record a decision from a page (form: decision, reason, next)",
                        "application/x-www-form-urlencoded", Route.SMALL_BODY, ctx -> decide(desk, ctx)));
    }

    private static void show(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        String status = ScreenPage.trim(ctx.queryParam("status"), 20);
        String rule = ScreenPage.trim(ctx.queryParam("rule"), 100);
        boolean listed = "true".equals(ctx.queryParam("listed"));
        int page = Math.max(1, parseInt(ctx.queryParam("page")));
        List<Alert> all = desk.alerts();
        List<Alert> shown = all.stream().filter(FindingsApi.filter(status, rule, listed)).toList();
        TreeSet<String> rules = new TreeSet<>();
        all.forEach(a -> a.party().redFlags().forEach(f -> rules.add(f.rule())));
        String self = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.html(Layout.page("Alerts", p, "/alerts", List.of(), h -> {
            long active = all.stream().filter(a -> a.status().needsAttention()).count();
            Layout.heading(h, "Alert queue", desk.findings().loaded()
                    ? active + " of " + all.size() + " alerts need a decision. A party alerts when it matches a listed entity or raises a red flag; "
                    + "ranked by risk, highest first."
                    : "No findings are loaded. Start the server with --findings DIR (the output of `chokepoint detect`) to triage its alerts.");
            h.open("form", "method", "get", "action", "/alerts", "class", "filters card");
            h.open("div", "class", "field").el("label", "Status", "for", "status").open("select", "id", "status", "name", "status");
            String cur = status == null ? "active" : status;
            h.el("option", "needs a decision", "value", "active", "selected", cur.equals("active") ? "selected" : null);
            h.el("option", "all", "value", "all", "selected", cur.equals("all") ? "selected" : null);
            for (AlertStatus s : AlertStatus.values()) h.el("option", s.label(), "value", s.label(), "selected", cur.equals(s.label()) ? "selected" : null);
            h.close().close();
            h.open("div", "class", "field").el("label", "Red flag", "for", "rule").open("select", "id", "rule", "name", "rule");
            h.el("option", "any", "value", "");
            for (String r : rules) h.el("option", RuleTitles.title(r), "value", r, "selected", r.equals(rule) ? "selected" : null);
            h.close().close();
            h.open("label", "class", "check").empty("input", "type", "checkbox", "name", "listed", "value", "true", "checked", listed ? "checked" : null).text(" list matches only").close();
            h.el("button", "Filter", "type", "submit");
            h.el("span", shown.size() + " shown", "class", "muted count");
            h.close();
            if (shown.isEmpty()) Layout.empty(h, desk.findings().loaded() ? "No alert matches these filters." : "Nothing to triage yet.");
            else {
                h.open("table", "class", "queue card").open("thead").open("tr").el("th", "#").el("th", "Party").el("th", "Risk").el("th", "Why it alerts")
                        .el("th", "Status").el("th", p.role().includes(Role.ANALYST) ? "Triage" : "").close().close().open("tbody");
                for (Alert a : shown.stream().skip((long) (page - 1) * PAGE).limit(PAGE).toList()) row(h, p, a, self);
                h.close().close();
                pager(h, ctx, page, shown.size());
            }
        }));
    }

    private static void row(Html h, Principal p, Alert a, String self) {
        Party party = a.party();
        h.open("tr", "id", "alert-" + party.partyId());
        h.el("td", party.rank(), "class", "muted");
        h.open("td").el("a", party.name(), "href", Html.path("/parties/", party.partyId()), "class", "strong")
                .el("div", (party.country() == null ? "" : party.country() + " · ") + party.partyId(), "class", "muted small").close();
        h.open("td");
        Layout.score(h, party.risk());
        h.close();
        h.open("td", "class", "why");
        for (ListMatch m : party.listMatches().stream().limit(2).toList()) {
            h.open("div").el("span", "list match", "class", "chip chip-list").text(" " + (m.name() == null ? m.entityId() : m.name()))
                    .el("span", String.format(Locale.ROOT, " %.2f", m.score()), "class", "muted").close();
        }
        for (RedFlag f : party.redFlags().stream().limit(3).toList()) h.el("span", RuleTitles.title(f.rule()), "class", "chip", "title", RuleTitles.description(f.rule()));
        h.close();
        h.open("td");
        Layout.badge(h, a.status().label(), a.status().label());
        h.el("div", a.statusReason(), "class", "muted small");
        h.close();
        h.open("td");
        if (p.role().includes(Role.ANALYST)) decisionForm(h, p, party.partyId(), self, true);
        h.close();
        h.close();
    }

    /** The triage form: decision, reason, submit. {@code compact} for the queue's rows. */
    static void decisionForm(Html h, Principal p, String partyId, String next, boolean compact) {
        h.open("form", "method", "post", "action", Html.path("/alerts/", partyId) + "/decide", "class", compact ? "triage compact" : "triage");
        Layout.csrf(h, p);
        h.empty("input", "type", "hidden", "name", "next", "value", next);
        h.open("select", "name", "decision", "required", "required", "aria-label", "decision");
        h.el("option", "decide…", "value", "");
        h.el("option", "True match", "value", Verdict.TRUE_MATCH.label());
        h.el("option", "False positive", "value", Verdict.FALSE_POSITIVE.label());
        h.el("option", "Escalate", "value", Verdict.ESCALATE.label());
        h.close();
        h.empty("input", "name", "reason", "placeholder", "reason (required, recorded)", "required", "required", "minlength", "3", "maxlength", "2000", "aria-label", "reason");
        h.el("button", "Record", "type", "submit", "class", "primary");
        h.close();
    }

    private static void decide(Desk desk, Context ctx) {
        String id = ctx.pathParam("id");
        desk.decide(Guard.principal(ctx).username(), id, Verdict.parse(ctx.formParam("decision")), ctx.formParam("reason"));
        ctx.redirect(LoginPage.safeNext(ctx.formParam("next")));
    }

    private static void pager(Html h, Context ctx, int page, int total) {
        int pages = (total + PAGE - 1) / PAGE;
        if (pages <= 1) return;
        h.open("nav", "class", "pager");
        for (int i = 1; i <= pages; i++) {
            String q = "?status=" + Html.query(ctx.queryParam("status")) + "&rule=" + Html.query(ctx.queryParam("rule"))
                    + "&listed=" + Html.query(ctx.queryParam("listed")) + "&page=" + i;
            h.el("a", i, "href", "/alerts" + q, "class", i == page ? "active" : null);
        }
        h.close();
    }

    private static int parseInt(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
