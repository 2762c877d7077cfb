package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.api.FindingsApi;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.findings.FlaggedShipment;
import org.chokepoint.server.findings.ListMatch;
import org.chokepoint.server.findings.Party;
import org.chokepoint.server.findings.RedFlag;
import org.chokepoint.server.triage.Alert;
import org.chokepoint.server.triage.Decision;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A party of the findings: why it scores what it does, the records behind each flag, and its decisions. */
public final class PartyPage {
    private PartyPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(Route.get("/parties/{id}", Role.VIEWER, Route.Kind.PAGE, "pages", "A party with its red flags and the records behind them",
                List.of(), ctx -> show(desk, ctx)));
    }

    private static void show(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        Party party = FindingsApi.party(desk, ctx.pathParam("id"));
        Optional<Alert> alert = desk.alert(party.partyId());
        ctx.html(Layout.page(party.name(), p, "/alerts", List.of(), h -> {
            h.open("div", "class", "page-head");
            h.open("p", "class", "crumb").el("a", "Alerts", "href", "/alerts").text(" / rank " + party.rank() + " · " + party.partyId()).close();
            h.open("div", "class", "title-row").el("h1", party.name());
            Layout.score(h, party.risk());
            alert.ifPresent(a -> Layout.badge(h, a.status().label(), a.status().label()));
            h.close();
            h.open("div", "class", "meta");
            if (party.country() != null) h.el("span", party.country(), "class", "chip");
            for (String id : party.ids()) h.el("span", id, "class", "chip mono");
            h.el("a", "Open in network view", "href", "/network?party=" + Html.query(party.partyId()));
            h.close();
            if (party.explanation() != null) h.el("p", party.explanation(), "class", "explanation");
            desk.network().candidateOf(party.partyId()).ifPresent(c -> {
                // Candidates are ranked apart from risk, by what they sell towards listed parties: say so where the analyst decides.
                h.open("p", "class", "flash badge-warn").el("strong", "Designation candidate #" + c.path("rank").asInt() + " of " + desk.network().candidates().size() + ". ")
                        .text(c.path("explanation").asText("")).text(" ").el("a", "All candidates", "href", "/network/candidates").close();
            });
            h.close();

            h.open("div", "class", "grid2");
            h.open("section", "class", "card").el("h2", "List matches");
            if (party.listMatches().isEmpty()) Layout.empty(h, party.listed() ? "The party is itself listed." : "No listed entity matches this party.");
            else {
                h.open("table").open("thead").open("tr").el("th", "Listed entity").el("th", "List").el("th", "Score").close().close().open("tbody");
                for (ListMatch m : party.listMatches()) {
                    h.open("tr").open("td").el("a", m.name() == null ? m.entityId() : m.name(), "href", Html.path("/entities/", m.entityId()))
                            .el("div", m.entityId(), "class", "muted small mono").close().el("td", m.list());
                    h.open("td");
                    Layout.score(h, m.score());
                    h.close().close();
                }
                h.close().close();
            }
            if (!party.aliases().isEmpty()) {
                h.el("h3", "Names seen in the records");
                h.open("ul", "class", "plain");
                for (String a : party.aliases()) h.el("li", a);
                h.close();
            }
            h.close();

            h.open("section", "class", "card").el("h2", "Decision");
            if (alert.isEmpty()) Layout.empty(h, "No alert: nothing to decide.");
            alert.ifPresent(a -> {
                h.el("p", a.statusReason(), "class", "status-reason");
                if (p.role().includes(Role.ANALYST)) AlertsPage.decisionForm(h, p, party.partyId(), ctx.path(), false);
                h.el("p", "A false positive stays cleared until the list record of a matched entity changes; then the alert reopens.", "class", "hint");
                if (!a.decisions().isEmpty()) {
                    h.el("h3", "History");
                    h.open("ol", "class", "timeline");
                    for (Decision d : a.decisions()) {
                        h.open("li").el("strong", d.verdict().label().replace('_', ' ')).text(" by " + d.actor() + ", " + Layout.date(d.at()))
                                .el("div", d.reason(), "class", "reason").close();
                    }
                    h.close();
                }
            });
            h.close();
            h.close();

            h.open("section", "class", "card").el("h2", "Red flags and the records behind them");
            if (party.redFlags().isEmpty()) Layout.empty(h, "No red flag was raised on this party's records.");
            for (RedFlag f : party.redFlags()) {
                h.open("div", "class", "flag");
                h.open("div", "class", "flag-head").el("strong", RuleTitles.title(f.rule())).el("span", f.rule(), "class", "mono muted")
                        .el("span", String.format(Locale.ROOT, "weight %.2f", f.weight()), "class", "chip").close();
                if (RuleTitles.description(f.rule()) != null) h.el("p", RuleTitles.description(f.rule()), "class", "hint");
                h.open("table", "class", "compact").open("thead").open("tr").el("th", "Record").el("th", "Record score").el("th", "Flags on the record").close().close().open("tbody");
                for (String r : f.evidence()) {
                    FlaggedShipment s = desk.findings().shipments().get(r);
                    h.open("tr").el("td", r, "class", "mono");
                    h.open("td");
                    if (s != null) Layout.score(h, s.score());
                    h.close();
                    h.open("td");
                    if (s == null) h.el("span", "not in shipments.jsonl", "class", "muted");
                    else for (RedFlag sf : s.redFlags()) h.el("span", RuleTitles.title(sf.rule()), "class", "chip");
                    h.close().close();
                }
                h.close().close();
                h.close();
            }
            h.el("p", "Appears in " + party.recordIds().size() + " shipment record(s).", "class", "hint");
            h.close();
        }));
    }
}
