package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.api.NetworkApi;
import org.chokepoint.server.api.Params;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.network.HubFlows;
import org.chokepoint.server.network.NetEdge;
import org.chokepoint.server.network.NetworkFindings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The flows view: goods through hub countries as routes origin → hub → destination ({@link HubFlows}), a bar per
 * route, filtered by goods tier; a route opens the hub parties that carry it with their suppliers and buyers.
 * Server-rendered (bars are SVG, which the Content-Security-Policy allows where inline styles are not).
 */
public final class FlowsPage {
    private static final int ROUTES = 25, SANKEY = 12;

    private FlowsPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(Route.get("/flows", Role.VIEWER, Route.Kind.PAGE, "pages", "Flows of goods through hub countries (origin → hub → destination)",
                List.of("measure: concern (default), all, or a goods tier code", "to: sanctioned for only routes ending in a sanctioned destination", "through: ISO alpha-2 of one hub country to keep", "origin, hub, destination: ISO alpha-2 of one route to open"), ctx -> show(desk, ctx)));
    }

    private static void show(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        NetworkFindings net = desk.network();
        HubFlows.Measure m = HubFlows.Measure.parse(Params.text(ctx, "measure", 20));
        boolean routeAsked = ctx.queryParam("origin") != null;
        String origin = routeAsked ? NetworkApi.country(ctx, "origin") : null;
        String hub = routeAsked ? NetworkApi.country(ctx, "hub") : null;
        String destination = routeAsked ? NetworkApi.country(ctx, "destination") : null;
        ctx.html(Layout.page("Flows", p, "/network", List.of(), h -> {
            NetworkPage.tabs(h, "/flows");
            Layout.heading(h, "Flows through hub countries", "Goods that entered a hub country and left it again, by the country of the seller, the hub "
                    + "and the country of the buyer. For each trader in a hub, what it bought and sold (at most the smaller of the two) is shared among "
                    + "its origins and destinations in proportion: an estimate of what could have taken each route, not traced consignments.");
            if (!net.present()) {
                Layout.empty(h, "The loaded findings have no network files: run detect again with this version.");
                return;
            }
            boolean sanctionedOnly = "sanctioned".equals(ctx.queryParam("to"));
            filter(h, net, m, sanctionedOnly);
            Set<String> banned = net.sanctioned();
            String through = ctx.queryParam("through") == null ? null : NetworkApi.country(ctx, "through");
            List<HubFlows.Route> routes = HubFlows.routes(net, m).stream().filter(r -> !sanctionedOnly || banned.contains(r.destination()))
                    .filter(r -> through == null || r.hub().equals(through)).toList();
            if (through != null) {
                h.open("p", "class", "flash flash-ok").text("Only routes through " + NetworkPage.countryName(through) + ". ")
                        .el("a", "Show every hub", "href", "/flows?measure=" + Html.query(m.code()) + (sanctionedOnly ? "&to=sanctioned" : "")).close();
            }
            if (routes.isEmpty()) {
                Layout.empty(h, "No trade of this kind passes through a hub country in the exported network.");
                return;
            }
            double total = routes.stream().mapToDouble(HubFlows.Route::valueUsd).sum();
            double toBanned = routes.stream().filter(r -> banned.contains(r.destination())).mapToDouble(HubFlows.Route::valueUsd).sum();
            Map<String, Double> byHub = HubFlows.byHub(routes);
            h.open("div", "class", "stats");
            stat(h, Money.usd(total), "through " + byHub.size() + " hub countries");
            stat(h, Money.usd(toBanned), "of it on to sanctioned destinations", toBanned > 0 ? "stat-bad" : null);
            stat(h, Integer.toString(routes.size()), "routes");
            Map.Entry<String, Double> top = byHub.entrySet().iterator().next();
            stat(h, NetworkPage.countryName(top.getKey()), Money.usd(top.getValue()) + " through the largest hub", "stat-text");
            h.close();

            h.open("section", "class", "card sankey-card");
            h.el("h2", "The " + Math.min(SANKEY, routes.size()) + " largest routes");
            h.el("p", "Band width is the estimated value. Red: on to a sanctioned destination. Hover a band for its figure.", "class", "hint");
            FlowsSankey.draw(h, routes.stream().limit(SANKEY).toList(), banned);
            h.close();

            h.open("div", "class", "flows");
            h.open("section", "class", "card");
            h.el("h2", "Largest routes");
            double max = routes.getFirst().valueUsd();
            h.open("table", "class", "routes").open("thead").open("tr").el("th", "From (sellers)").el("th", "").el("th", "Through (hub)").el("th", "")
                    .el("th", "To (buyers)").el("th", "Estimated value").el("th", "Hub traders", "class", "num").close().close().open("tbody");
            for (HubFlows.Route r : routes.stream().limit(ROUTES).toList()) {
                boolean selected = r.origin().equals(origin) && r.hub().equals(hub) && r.destination().equals(destination);
                h.open("tr", "class", selected ? "selected" : null, "data-route", r.origin() + "-" + r.hub() + "-" + r.destination());
                h.el("td", NetworkPage.countryName(r.origin())).el("td", "→", "class", "arrow").el("td", NetworkPage.countryName(r.hub()), "class", "strong").el("td", "→", "class", "arrow");
                h.open("td").text(NetworkPage.countryName(r.destination()) + " ");
                if (banned.contains(r.destination())) h.el("span", "sanctioned", "class", "chip chip-list");
                h.close();
                h.open("td", "class", "bar-cell");
                bar(h, r.valueUsd() / max, banned.contains(r.destination()));
                h.el("span", Money.usd(r.valueUsd()), "class", "num strong");
                h.close();
                h.open("td", "class", "num").el("a", r.hubParties() + (r.hubParties() == 1 ? " trader" : " traders"), "class", "route-link",
                        "href", "/flows?measure=" + Html.query(m.code()) + (sanctionedOnly ? "&to=sanctioned" : "") + "&origin=" + r.origin() + "&hub=" + r.hub() + "&destination=" + r.destination() + "#route").close();
                h.close();
            }
            h.close().close();
            if (routes.size() > ROUTES) h.el("p", (routes.size() - ROUTES) + " smaller routes are not shown (GET /api/v1/network/flows lists them all).", "class", "hint");
            h.close();

            h.open("aside", "class", "card");
            h.el("h2", "By hub country");
            double hubMax = top.getValue();
            h.open("table", "class", "compact hubs").open("tbody");
            for (Map.Entry<String, Double> e : byHub.entrySet()) {
                h.open("tr").open("td").el("a", NetworkPage.countryName(e.getKey()), "href", "/flows?measure=" + Html.query(m.code())
                        + (sanctionedOnly ? "&to=sanctioned" : "") + "&through=" + e.getKey()).close();
                h.open("td", "class", "bar-cell");
                bar(h, e.getValue() / hubMax, false);
                h.el("span", Money.usd(e.getValue()), "class", "num");
                h.close().close();
            }
            h.close().close();
            h.el("p", "Hub countries are those the run's policy names (regulators' and analysts' lists of diversion hubs). Click one to see only its routes.", "class", "hint");
            h.close();
            h.close();

            if (routeAsked) route(h, net, m, origin, hub, destination);
        }));
    }

    private static void filter(Html h, NetworkFindings net, HubFlows.Measure m, boolean sanctionedOnly) {
        h.open("form", "method", "get", "action", "/flows", "class", "filters card toolbar");
        h.open("div", "class", "field").el("label", "Goods", "for", "measure").open("select", "id", "measure", "name", "measure");
        h.el("option", "All goods of concern", "value", "concern", "selected", m.code().equals("concern") ? "selected" : null);
        Set<String> tiers = new TreeSet<>();
        for (NetEdge e : net.edges()) if (e.concern() != null) tiers.add(e.concern());
        for (String[] t : NetworkPage.TIERS) {
            if (!tiers.contains(t[0])) continue;
            h.el("option", t[1], "value", t[0], "selected", m.code().equals(t[0]) ? "selected" : null);
        }
        h.el("option", "All trade in the graph (any goods)", "value", "all", "selected", m.code().equals("all") ? "selected" : null);
        h.close().close();
        h.open("div", "class", "field").el("label", "Destinations", "for", "to").open("select", "id", "to", "name", "to");
        h.el("option", "Every destination", "value", "any", "selected", sanctionedOnly ? null : "selected");
        h.el("option", "Sanctioned destinations only", "value", "sanctioned", "selected", sanctionedOnly ? "selected" : null);
        h.close().close();
        h.el("button", "Show", "type", "submit", "class", "primary");
        h.el("span", "A tier keeps the trade whose largest consignment of concern is of that tier.", "class", "hint inline-hint");
        h.close();
    }

    private static void stat(Html h, String big, String label) {
        stat(h, big, label, null);
    }

    private static void stat(Html h, String big, String label, String kind) {
        h.open("div", "class", "stat wide" + (kind == null ? "" : " " + kind)).el("span", big, "class", "big").el("span", label, "class", "muted small").close();
    }

    /** A horizontal bar, {@code share} of the full width. */
    private static void bar(Html h, double share, boolean bad) {
        int w = (int) Math.max(2, Math.round(share * 160));
        h.open("svg", "class", "bar", "width", "160", "height", "12", "viewBox", "0 0 160 12", "aria-hidden", "true");
        h.open("rect", "x", "0", "y", "1", "width", "160", "height", "10", "rx", "3", "class", "bar-track").close();
        h.open("rect", "x", "0", "y", "1", "width", Integer.toString(w), "height", "10", "rx", "3", "class", bad ? "bar-fill bad" : "bar-fill").close();
        h.close();
    }

    private static void route(Html h, NetworkFindings net, HubFlows.Measure m, String origin, String hub, String destination) {
        List<HubFlows.Carrier> carriers = HubFlows.carriers(net, origin, hub, destination, m);
        h.open("section", "class", "card", "id", "route");
        h.el("h2", "Traders on the route " + NetworkPage.countryName(origin) + " → " + NetworkPage.countryName(hub) + " → " + NetworkPage.countryName(destination));
        h.el("p", "Each trader in " + NetworkPage.countryName(hub) + " that bought from " + NetworkPage.countryName(origin) + " and sold to " + NetworkPage.countryName(destination)
                + ", with its estimated share of the route, what it bought from there and sold there, and from whom and to whom.", "class", "hint");
        if (carriers.isEmpty()) {
            Layout.empty(h, "No trader carries this route for the goods chosen.");
            h.close();
            return;
        }
        h.open("table", "class", "carriers").open("thead").open("tr").el("th", "Trader in " + NetworkPage.countryName(hub)).el("th", "Risk").el("th", "Estimated on route", "class", "num")
                .el("th", "Suppliers in " + NetworkPage.countryName(origin)).el("th", "Buyers in " + NetworkPage.countryName(destination)).close().close().open("tbody");
        for (HubFlows.Carrier c : carriers.stream().limit(50).toList()) {
            h.open("tr", "class", "carrier");
            h.open("td");
            if (c.party().partyId() != null) {
                h.el("a", c.party().label(), "href", Html.path("/parties/", c.party().partyId()), "class", "strong");
                h.open("div", "class", "small").el("a", "network", "href", "/network?party=" + Html.query(c.party().partyId()) + "&mode=paths").close();
            } else h.el("span", c.party().label(), "class", "strong");
            h.close();
            h.open("td");
            Layout.score(h, c.party().risk());
            h.close();
            h.open("td", "class", "num").text(Money.usd(c.throughUsd()))
                    .el("div", "bought " + Money.usd(c.boughtUsd()) + " · sold " + Money.usd(c.soldUsd()), "class", "muted small").close();
            legs(h, net, c.suppliers());
            legs(h, net, c.buyers());
            h.close();
        }
        h.close().close();
        h.close();
    }

    private static void legs(Html h, NetworkFindings net, List<HubFlows.Leg> legs) {
        h.open("td").open("ul", "class", "plain legs");
        for (HubFlows.Leg l : legs.stream().limit(4).toList()) {
            h.open("li");
            if (l.party().partyId() != null) h.el("a", l.party().label(), "href", Html.path("/parties/", l.party().partyId()), "class", l.party().listed() ? "listed" : null);
            else h.text(l.party().label());
            h.el("span", " " + Money.usd(l.valueUsd()) + (l.concern() == null ? "" : ", " + net.concernLabel(l.concern())), "class", "muted small");
            h.close();
        }
        if (legs.size() > 4) h.el("li", "and " + (legs.size() - 4) + " more", "class", "muted small");
        h.close().close();
    }
}
