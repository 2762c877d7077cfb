package org.chokepoint.server.page;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.chokepoint.country.Countries;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.api.Params;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Principal;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.ListMatch;
import org.chokepoint.server.findings.Neighbourhood;
import org.chokepoint.server.findings.Party;
import org.chokepoint.server.findings.RedFlag;
import org.chokepoint.server.network.NetworkFindings;
import org.chokepoint.server.network.PartyNeighbourhood;
import org.chokepoint.server.triage.Alert;

import java.util.List;
import java.util.Locale;

/**
 * The network explorer: a party's neighbourhood in the run's exported trade graph drawn with Cytoscape.js
 * (WebJar): listed entities marked by colour and shape, trade edges sized by value and coloured by goods tier,
 * parties coloured by community, a "paths to listed" mode, a side panel for the clicked node; and the
 * designation candidates. The page carries the party and the options; {@code /static/network.js} fetches the
 * graph from {@code /api/v1/network/parties/{id}} with the session cookie. Supply paths and the legend are
 * rendered here, so the page says what matters without the script too. A run without network files (an older
 * detect) gets the parties linked by shared shipment records instead.
 */
public final class NetworkPage {
    /** Cytoscape.js from its WebJar; the version comes from the Maven build (see the parent pom). */
    static final String CYTOSCAPE = "/webjars/cytoscape/" + CytoscapeVersion.VERSION + "/dist/cytoscape.min.js";
    /** Goods tiers in the legend's order, with what each holds. */
    static final List<String[]> TIERS = List.of(new String[] {"1", "Tier 1 (integrated circuits)"},
            new String[] {"2", "Tier 2 (RF, navigation, key electronics)"}, new String[] {"3.A", "Tier 3.A (other electronic components)"},
            new String[] {"3.B", "Tier 3.B (bearings, aircraft and drone parts, optics)"}, new String[] {"4.A", "Tier 4.A (computers, chip-making equipment)"},
            new String[] {"4.B", "Tier 4.B (CNC machine tools)"}, new String[] {"arms", "Arms and ammunition"}, new String[] {"UAV", "UAVs"},
            new String[] {"aircraft parts", "Aircraft and UAV parts"});
    private static final int[] SIZES = {40, 80, 150, 300, 1000};

    private NetworkPage() {}

    public static List<Route> routes(Desk desk) {
        return List.of(Route.get("/network", Role.VIEWER, Route.Kind.PAGE, "pages", "Network explorer (Cytoscape.js)",
                        List.of("party: the party at the centre (default: the riskiest alert in the network)", "hops: 1-3 (default 2)",
                                "max_nodes: at most this many nodes drawn (default 80)", "mode: neighbourhood or paths"), ctx -> show(desk, ctx)),
                Route.get("/network/candidates", Role.VIEWER, Route.Kind.PAGE, "pages", "Designation candidates with their explanation",
                        List.of("offset: skip this many (default 0)"), ctx -> candidates(desk, ctx)));
    }

    /** The explorer, candidates and flows tabs. */
    static void tabs(Html h, String active) {
        h.open("nav", "class", "tabs");
        for (String[] t : new String[][] {{"/network", "Explorer"}, {"/network/candidates", "Designation candidates"}, {"/flows", "Flows through hubs"}}) {
            h.el("a", t[1], "href", t[0], "class", t[0].equals(active) ? "active" : null);
        }
        h.close();
    }

    private static void show(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        NetworkFindings net = desk.network();
        if (!net.present()) {
            legacy(desk, ctx, p);
            return;
        }
        String id = ctx.queryParam("party");
        int hops = Params.integer(ctx, "hops", 2, 1, 3);
        int maxNodes = Params.integer(ctx, "max_nodes", 80, 10, 1000);
        boolean paths = "paths".equals(ctx.queryParam("mode"));
        Party centre = id != null ? find(desk, net, id)
                : desk.alerts().stream().filter(a -> a.status().needsAttention()).map(Alert::party).filter(x -> net.nodeOfParty(x.partyId()) != null)
                        .findFirst().orElse(null);
        boolean inGraph = centre != null && net.nodeOfParty(centre.partyId()) != null;
        PartyNeighbourhood n = inGraph ? PartyNeighbourhood.around(net, centre.partyId(), hops, maxNodes) : null;
        ctx.html(Layout.page("Network", p, "/network", List.of(CYTOSCAPE, "/static/network.js"), h -> {
            tabs(h, "/network");
            h.open("div", "class", "page-head");
            h.open("div", "class", "title-row").el("h1", centre == null ? "Network explorer" : "Network of " + centre.name());
            if (centre != null) {
                Layout.score(h, centre.risk());
                if (centre.country() != null) h.el("span", Countries.name(centre.country()), "class", "chip");
                h.el("a", "Open party page", "href", Html.path("/parties/", centre.partyId()));
            }
            h.close();
            h.el("p", "Who this party trades with in the trade graph detect built from the records: sales of goods of concern (arrow from seller to buyer, "
                    + "thicker for more value), shared identifiers and addresses, and the list records matched. Click a node or a line for its details.", "class", "lede");
            h.close();
            toolbar(h, centre, hops, maxNodes, paths, n);
            if (centre == null) {
                Layout.empty(h, id == null ? "No alert of the loaded findings is in the exported network. Give a party's name or id." : "No party of the network has the id or a name containing '" + id + "'.");
                return;
            }
            if (!inGraph) {
                Layout.empty(h, centre.name() + " is not in the exported network (" + net.scope() + "): it traded no goods of concern and no listed party traded with it.");
                return;
            }
            h.open("div", "class", "network");
            h.open("div", "id", "graph", "class", "graph card", "data-party", centre.partyId(), "data-mode", paths ? "paths" : "neighbourhood",
                    "data-src", Html.path("/api/v1/network/parties/", centre.partyId()) + "?hops=" + hops + "&max_nodes=" + maxNodes).close();
            h.open("aside", "class", "side");
            h.open("section", "class", "card panel", "id", "panel");
            panel(h, centre);
            h.close();
            legend(h, net, n);
            h.close();
            h.close();
            supplyPaths(h, net, centre);
        }));
    }

    /** The party with this id, else the riskiest one of the network whose name or an alias contains the text; null when none. */
    private static Party find(Desk desk, NetworkFindings net, String text) {
        Party exact = desk.findings().party(text).orElse(null);
        if (exact != null) return exact;
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2) return null;
        return desk.findings().parties().stream().filter(x -> net.nodeOfParty(x.partyId()) != null)
                .filter(x -> x.name().toLowerCase(Locale.ROOT).contains(needle) || x.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle)))
                .findFirst().orElse(null);
    }

    private static void toolbar(Html h, Party centre, int hops, int maxNodes, boolean paths, PartyNeighbourhood n) {
        h.open("form", "method", "get", "action", "/network", "class", "filters card toolbar");
        h.open("div", "class", "field grow").el("label", "Party (name or id)", "for", "party")
                .empty("input", "id", "party", "name", "party", "value", centre == null ? "" : centre.partyId(), "placeholder", "Sky Electronics or party-000123").close();
        h.open("div", "class", "field").el("label", "Links out", "for", "hops").open("select", "id", "hops", "name", "hops");
        for (int i = 1; i <= 3; i++) h.el("option", i + (i == 1 ? " link" : " links"), "value", Integer.toString(i), "selected", i == hops ? "selected" : null);
        h.close().close();
        h.open("div", "class", "field").el("label", "Draw at most", "for", "max_nodes").open("select", "id", "max_nodes", "name", "max_nodes");
        boolean listed = false;
        for (int s : SIZES) {
            listed |= s == maxNodes;
            h.el("option", s + " nodes", "value", Integer.toString(s), "selected", s == maxNodes ? "selected" : null);
        }
        if (!listed) h.el("option", maxNodes + " nodes", "value", Integer.toString(maxNodes), "selected", "selected");
        h.close().close();
        h.open("div", "class", "field").el("label", "Mode", "for", "mode").open("select", "id", "mode", "name", "mode");
        h.el("option", "Neighbourhood", "value", "neighbourhood", "selected", paths ? null : "selected");
        h.el("option", "Paths to listed", "value", "paths", "selected", paths ? "selected" : null);
        h.close().close();
        h.el("button", "Show", "type", "submit", "class", "primary");
        if (n != null) h.el("button", "Save picture", "type", "button", "id", "save-png", "disabled", "disabled", "title", "The drawing as a PNG file, for a case file or a report");
        if (n != null) {
            h.open("p", "class", "showing" + (n.cut() ? " cut" : ""), "id", "showing");
            h.el("strong", "Showing " + n.nodes().size() + " of " + n.total() + " nodes").text(" within " + hops + (hops == 1 ? " link" : " links"));
            if (n.cut()) h.el("span", "Listed and riskiest first, and every party on its supply paths; raise the limit to see more.", "class", "small");
            h.close();
        }
        h.close();
    }

    /** The side panel's first content: the party in focus. The script replaces it with the clicked node's. */
    private static void panel(Html h, Party c) {
        h.el("p", "Party in focus", "class", "eyebrow");
        h.el("h2", c.name());
        h.open("div", "class", "meta");
        Layout.score(h, c.risk());
        h.el("span", "rank " + c.rank(), "class", "chip");
        if (c.country() != null) h.el("span", Countries.name(c.country()), "class", "chip");
        h.close();
        if (c.listed() || !c.listMatches().isEmpty()) {
            h.el("h3", "Listed");
            h.open("ul", "class", "plain");
            if (c.listed()) h.el("li", "The party is itself a listed entity.");
            for (ListMatch m : c.listMatches()) {
                h.open("li").el("a", m.name() == null ? m.entityId() : m.name(), "href", Html.path("/entities/", m.entityId()), "class", "listed")
                        .text(String.format(Locale.ROOT, " · %s, score %.2f", m.list(), m.score())).close();
            }
            h.close();
        }
        h.el("h3", "Red flags");
        if (c.redFlags().isEmpty()) Layout.empty(h, "None raised.");
        else {
            h.open("ul", "class", "plain flags");
            for (RedFlag f : c.redFlags()) h.open("li").text(RuleTitles.title(f.rule())).el("span", " · " + f.evidence().size() + " record(s)", "class", "muted").close();
            h.close();
        }
        if (c.explanation() != null) h.el("p", c.explanation(), "class", "hint");
        h.el("a", "Open the party page →", "href", Html.path("/parties/", c.partyId()), "class", "more");
    }

    private static void legend(Html h, NetworkFindings net, PartyNeighbourhood n) {
        h.open("section", "class", "card legend");
        h.el("h2", "Legend");
        h.open("ul", "class", "plain keys");
        h.open("li").el("span", "", "class", "key key-listed").text(" Listed party (is or matches a listed entity)").close();
        h.open("li").el("span", "", "class", "key key-record").text(" List record it matches").close();
        h.open("li").el("span", "", "class", "key key-party").text(" Other party; size = risk").close();
        h.open("li").el("span", "", "class", "key key-centre").text(" Party in focus").close();
        h.close();
        h.el("p", "Names are shown for listed and high-risk parties; click any node to see its name and details.", "class", "hint");
        h.el("h3", "Trade lines: goods tier (click to hide)");
        h.open("ul", "class", "plain keys");
        java.util.Set<String> present = new java.util.HashSet<>();
        for (var e : n.edges()) if (e.concern() != null) present.add(e.concern());
        for (String[] t : TIERS) {
            if (!present.contains(t[0])) continue;
            h.open("li", "class", "tier-toggle", "data-tier", t[0], "title", "Click to hide or show these lines")
                    .el("span", "", "class", "line tier-" + Money.tierClass(t[0])).text(" " + net.concernLabels().getOrDefault(t[0], t[1])).close();
        }
        h.open("li", "class", "tier-toggle", "data-tier", "none", "title", "Click to hide or show these lines")
                .el("span", "", "class", "line tier-none").text(" No goods of concern").close();
        h.open("li").el("span", "", "class", "line line-shared").text(" Shared identifier or address").close();
        h.open("li").el("span", "", "class", "line line-match").text(" List match").close();
        h.close();
        java.util.Set<Integer> communities = new java.util.TreeSet<>();
        n.nodes().forEach(v -> { if (v.community() > 0) communities.add(v.community()); });
        if (!communities.isEmpty()) {
            h.el("h3", "Communities (fill colour)");
            h.open("ul", "class", "plain keys");
            int shown = 0;
            for (JsonNode c : net.communities()) {
                int rank = c.path("rank").asInt();
                if (!communities.contains(rank) || shown++ >= 6) continue;
                h.open("li").el("span", "", "class", "key community-" + ((rank - 1) % 8)).text(" #" + rank + ": " + c.path("size").asInt() + " parties, "
                        + c.path("listed_members").size() + " listed, " + Money.usd(c.path("chpl_value_usd").asDouble()) + " of concern inside").close();
            }
            h.close();
            h.el("p", "Parties that trade mostly with each other (label propagation). A community around a listed end user is a candidate evasion network.", "class", "hint");
        }
        h.close();
    }

    private static void supplyPaths(Html h, NetworkFindings net, Party centre) {
        List<JsonNode> paths = net.pathsOf(centre.partyId());
        h.open("section", "class", "card", "id", "paths");
        h.el("h2", "Supply paths to listed end users through " + centre.name());
        h.el("p", "Chains of sales that end at a listed buyer (up to three sales). The bottleneck is the smallest sale along the chain: at most that much "
                + "can have passed all the way. A chain is a sequence of sales, not proof that the same goods moved along it.", "class", "hint");
        if (paths.isEmpty()) {
            Layout.empty(h, "The party is on no supplier chain to a listed end user.");
            h.close();
            return;
        }
        h.open("table", "class", "paths").open("thead").open("tr").el("th", "Chain (seller → buyer)").el("th", "Goods").el("th", "Bottleneck", "class", "num")
                .el("th", "").close().close().open("tbody");
        int i = 0;
        for (JsonNode p : paths.stream().limit(20).toList()) {
            h.open("tr", "data-path", Integer.toString(i++));
            h.open("td", "class", "chain");
            boolean first = true;
            for (JsonNode party : p.path("parties")) {
                if (!first) h.el("span", " → ", "class", "arrow");
                first = false;
                String pid = party.path("party_id").asText();
                h.el("a", party.path("name").asText(), "href", "/network?party=" + Html.query(pid),
                        "class", party.path("listed").asBoolean() ? "listed" : pid.equals(centre.partyId()) ? "strong" : null);
                h.el("span", " " + party.path("country").asText(""), "class", "muted small");
            }
            h.close();
            java.util.Set<String> goods = new java.util.LinkedHashSet<>();
            for (JsonNode s : p.path("sales")) if (s.has("concern")) goods.add(s.path("concern").asText());
            h.el("td", String.join("; ", goods), "class", "small");
            h.open("td", "class", "num").text(Money.usd(p.path("bottleneck_usd").asDouble())).el("div", p.path("hops").asInt() + " sale(s)", "class", "muted small").close();
            h.open("td").el("button", "Highlight", "type", "button", "class", "small-button highlight", "data-path", Integer.toString(i - 1)).close();
            h.close();
        }
        h.close().close();
        h.close();
    }

    private static void candidates(Desk desk, Context ctx) {
        Principal p = Guard.principal(ctx);
        NetworkFindings net = desk.network();
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int pageSize = 50;
        ctx.html(Layout.page("Designation candidates", p, "/network", List.of(), h -> {
            tabs(h, "/network/candidates");
            Layout.heading(h, "Designation candidates", "Unlisted parties within three trade links upstream of a listed party that sell goods of concern towards it, "
                    + "ranked by that value divided by their distance to the listed party (a direct supplier counts in full, one a step further back half). "
                    + "Each line says why, from the trade records, so an analyst can check it.");
            if (!net.present()) {
                Layout.empty(h, "The loaded findings have no network files: run detect again with this version.");
                return;
            }
            List<JsonNode> all = net.candidates();
            Findings findings = desk.findings();
            if (all.isEmpty()) {
                Layout.empty(h, "No unlisted party sells goods of concern towards a listed one in this run.");
                return;
            }
            h.open("table", "class", "card candidates").open("thead").open("tr").el("th", "#", "class", "num").el("th", "Party").el("th", "Sold towards listed", "class", "num")
                    .el("th", "Links", "class", "num").el("th", "Why").el("th", "Risk").close().close().open("tbody");
            for (JsonNode c : all.stream().skip(offset).limit(pageSize).toList()) {
                JsonNode party = c.path("party");
                String pid = party.path("party_id").asText();
                h.open("tr").el("td", c.path("rank").asText(), "class", "num");
                h.open("td").el("a", party.path("name").asText(), "href", Html.path("/parties/", pid), "class", "strong")
                        .open("div", "class", "muted small").text(countryName(party.path("country").asText("")) + " · ")
                        .el("a", "network", "href", "/network?party=" + Html.query(pid)).close().close();
                h.open("td", "class", "num").text(Money.usd(c.path("chpl_to_listed_usd").asDouble())).el("div", "goods of concern", "class", "muted small").close();
                h.el("td", c.path("hops_to_listed").asText(), "class", "num");
                h.open("td", "class", "why").text(c.path("explanation").asText());
                if (c.path("route").size() > 1) {
                    h.open("div", "class", "route muted small").text("Route: ");
                    boolean first = true;
                    for (JsonNode r : c.path("route")) {
                        if (!first) h.el("span", " → ", "class", "arrow");
                        first = false;
                        Party rp = findings.party(r.asText()).orElse(null);
                        h.el("a", rp == null ? r.asText() : rp.name(), "href", Html.path("/parties/", r.asText()), "class", rp != null && (rp.listed() || !rp.listMatches().isEmpty()) ? "listed" : null);
                    }
                    h.close();
                }
                h.close();
                h.open("td");
                Layout.score(h, party.path("risk").asDouble());
                h.close();
                h.close();
            }
            h.close().close();
            h.open("div", "class", "pager");
            h.el("span", "Showing " + (offset + 1) + "–" + Math.min(all.size(), offset + pageSize) + " of " + all.size(), "class", "muted");
            if (offset > 0) h.el("a", "← previous", "href", "/network/candidates?offset=" + Math.max(0, offset - pageSize));
            if (offset + pageSize < all.size()) h.el("a", "next →", "href", "/network/candidates?offset=" + (offset + pageSize));
            h.close();
        }));
    }

    /** Findings without network files: parties linked by shared shipment records (the desk's first network view). */
    private static void legacy(Desk desk, Context ctx, Principal p) {
        String id = ctx.queryParam("party");
        Party centre = id != null ? desk.findings().party(id).orElse(null)
                : desk.alerts().stream().filter(a -> a.status().needsAttention()).map(Alert::party).findFirst()
                        .orElse(desk.findings().parties().isEmpty() ? null : desk.findings().parties().get(0));
        Neighbourhood.Graph g = centre == null ? null : Neighbourhood.around(desk.findings(), centre.partyId(), 2, 150);
        ctx.html(Layout.page("Network", p, "/network", List.of(CYTOSCAPE, "/static/network.js"), h -> {
            Layout.heading(h, centre == null ? "Network" : "Network of " + centre.name(),
                    "Parties linked by shared shipment records (seller and buyer), two hops out, and the listed entities they match. "
                            + "Red: matches a list. Size: risk. Click a party to open it. (These findings have no network files; detect of this version writes them.)");
            if (centre == null) {
                Layout.empty(h, id == null ? "No findings are loaded." : "No party '" + id + "' in the loaded findings.");
                return;
            }
            h.open("div", "class", "network");
            h.open("div", "id", "graph", "class", "graph card", "data-party", centre.partyId(), "data-mode", "records", "data-src",
                    Html.path("/api/v1/parties/", centre.partyId()) + "/network").close();
            h.open("aside", "class", "card legend");
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

    static String countryName(String code) {
        return code == null || code.isEmpty() ? "" : Countries.name(code);
    }
}
