package org.chokepoint.server.page;

import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.findings.Neighbourhood;
import org.chokepoint.server.findings.Party;
import org.chokepoint.server.triage.Alert;

import java.util.List;
import java.util.Locale;

/**
 * The network explorer: a party's trading neighbourhood drawn with Cytoscape.js (WebJar), listed
 * entities marked. The page carries the party id; {@code /static/network.js} fetches the graph from the
 * API with the session cookie. The same nodes are listed in a table beside the picture, so the page says
 * everything without the script too.
 */
public final class NetworkPage {
    /** Cytoscape.js from its WebJar; the version comes from the Maven build (see the parent pom). */
    static final String CYTOSCAPE = "/webjars/cytoscape/" + CytoscapeVersion.VERSION + "/dist/cytoscape.min.js";

    private NetworkPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(Route.get("/network", Role.VIEWER, Route.Kind.PAGE, "pages", "Network explorer (Cytoscape.js)",
                List.of("party: the party at the centre (default: the riskiest alert)"), ctx -> show(desk, ctx)));
    }

    private static void show(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        String id = ctx.queryParam("party");
        Party centre = id != null ? desk.findings().party(id).orElse(null)
                : desk.alerts().stream().filter(a -> a.status().needsAttention()).map(Alert::party).findFirst()
                        .orElse(desk.findings().parties().isEmpty() ? null : desk.findings().parties().get(0));
        Neighbourhood.Graph g = centre == null ? null : Neighbourhood.around(desk.findings(), centre.partyId(), 2, 150);
        ctx.html(Layout.page("Network", p, "/network", List.of(CYTOSCAPE, "/static/network.js"), h -> {
            Layout.heading(h, centre == null ? "Network" : "Network of " + centre.name(),
                    "Parties linked by shared shipment records (seller and buyer), two hops out, and the listed entities they match. "
                            + "Red: matches a list. Size: risk. Click a party to open it.");
            if (centre == null) {
                Layout.empty(h, id == null ? "No findings are loaded." : "No party '" + id + "' in the loaded findings.");
                return;
            }
            h.open("div", "class", "network");
            h.open("div", "id", "graph", "class", "graph card", "data-party", centre.partyId(), "data-src",
                    Html.path("/api/v1/parties/", centre.partyId()) + "/network").close();
            h.open("aside", "class", "card legend");
            h.el("h2", "Legend");
            h.open("ul", "class", "plain");
            h.open("li").el("span", "", "class", "dot dot-centre").text(" the party in focus").close();
            h.open("li").el("span", "", "class", "dot dot-listed").text(" listed entity, or party matching one").close();
            h.open("li").el("span", "", "class", "dot dot-party").text(" other party (darker: riskier)").close();
            h.close();
            h.el("h2", g.nodes().size() + " nodes, " + g.edges().size() + " links");
            h.open("table", "class", "compact").open("tbody");
            for (Neighbourhood.Node n : g.nodes().stream().limit(40).toList()) {
                h.open("tr").open("td");
                if (n.kind().equals("party")) h.el("a", n.label(), "href", Html.path("/parties/", n.id()));
                else h.el("a", n.label(), "href", Html.path("/entities/", n.id()), "class", "listed");
                h.close().el("td", n.kind().equals("party") ? String.format(Locale.ROOT, "%.2f", n.risk()) : "listed", "class", "num").close();
            }
            h.close().close();
            h.close();
            h.close();
        }));
    }
}
