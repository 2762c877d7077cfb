package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.country.Countries;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.Party;
import org.chokepoint.server.findings.RedFlag;
import org.chokepoint.server.network.HubFlows;
import org.chokepoint.server.network.NetEdge;
import org.chokepoint.server.network.NetNode;
import org.chokepoint.server.network.NetworkFindings;
import org.chokepoint.server.network.PartyNeighbourhood;
import org.chokepoint.server.page.RuleTitles;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trade network written beside the findings (docs/network.md): a party's neighbourhood in the exported
 * graph, its supply paths to listed end users, communities, designation candidates, and the flows through hub
 * countries. Read-only; viewer role. Supply paths, communities and candidates keep the fields detect wrote.
 */
public final class NetworkApi {
    /** Largest neighbourhood the API cuts; a browser draws a thousand nodes in a few seconds. */
    public static final int MAX_NODES = 1000;

    private NetworkApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/api/v1/network", Role.VIEWER, Route.Kind.API, "network",
                        "The loaded run's network: export scope, graph size, counts of communities, supply paths and designation candidates, hub countries, goods tiers",
                        List.of(), ctx -> ApiJson.send(ctx, summary(desk.network()))),
                Route.get("/api/v1/network/parties/{id}", Role.VIEWER, Route.Kind.API, "network",
                        "A party's neighbourhood in the exported trade graph (nodes with risk, flags and community; edges with value and goods tier), "
                                + "cut to max_nodes with total saying how many were within reach, and its supply paths to listed end users",
                        List.of("hops: links from the party (1-3, default 2)", "max_nodes: at most this many nodes (10-" + MAX_NODES + ", default 150)"),
                        ctx -> neighbourhood(desk, ctx)),
                Route.get("/api/v1/network/parties/{id}/paths", Role.VIEWER, Route.Kind.API, "network",
                        "Supplier chains to listed end users (supply_paths.jsonl) that the party is on, best first by bottleneck value",
                        List.of(), ctx -> {
                            FindingsApi.party(desk, ctx.pathParam("id"));
                            NetworkFindings net = desk.network();
                            ObjectNode o = ApiJson.object().put("party_id", ctx.pathParam("id"));
                            o.set("paths", paths(net, net.pathsOf(ctx.pathParam("id"))));
                            ApiJson.send(ctx, o);
                        }),
                Route.get("/api/v1/network/candidates", Role.VIEWER, Route.Kind.API, "network",
                        "Designation candidates (designation_candidates.jsonl): unlisted parties selling goods of concern towards listed parties, ranked, each with its explanation",
                        List.of("offset: skip this many (default 0)", "limit: at most this many (1-1000, default 100)"),
                        ctx -> page(ctx, desk.network().candidates(), "candidates")),
                Route.get("/api/v1/network/communities", Role.VIEWER, Route.Kind.API, "network",
                        "Communities of trading parties with a listed or flagged member (communities.json items), riskiest first",
                        List.of("offset: skip this many (default 0)", "limit: at most this many (1-1000, default 100)"),
                        ctx -> page(ctx, desk.network().communities(), "communities")),
                Route.get("/api/v1/network/flows", Role.VIEWER, Route.Kind.API, "network",
                        "Trade through hub countries as routes origin country -> hub country -> destination country, largest first (estimated: see docs/server.md)",
                        List.of("measure: concern (value of goods of concern, default), all (every value in the graph), or a goods tier code (1, 2, 3.A, 4.B, arms, UAV...)",
                                "limit: at most this many routes (1-1000, default 100)"),
                        ctx -> flows(desk, ctx)),
                Route.get("/api/v1/network/flows/route", Role.VIEWER, Route.Kind.API, "network",
                        "The hub parties that carry one route, with their suppliers in the origin country and buyers in the destination country",
                        List.of("origin: ISO alpha-2 (required)", "hub: ISO alpha-2 (required)", "destination: ISO alpha-2 (required)", "measure: as for /api/v1/network/flows"),
                        ctx -> route(desk, ctx)));
    }

    static ObjectNode summary(NetworkFindings net) {
        ObjectNode o = ApiJson.object().put("present", net.present()).put("export_scope", net.scope());
        o.set("graph", net.graphSize());
        o.put("nodes", net.nodes().size()).put("edges", net.edges().size())
                .put("communities", net.communities().size()).put("supply_paths", net.paths().size()).put("designation_candidates", net.candidates().size());
        o.set("hubs", ApiJson.array(net.hubs().stream().sorted().toList(), h -> ApiJson.object().put("code", h).put("name", Countries.name(h))));
        o.set("sanctioned_destinations", ApiJson.array(net.sanctioned().stream().sorted().toList(), c -> ApiJson.object().put("code", c).put("name", Countries.name(c))));
        ObjectNode tiers = o.putObject("goods_tiers");
        net.concernLabels().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> tiers.put(e.getKey(), e.getValue()));
        return o;
    }

    private static void neighbourhood(Desk desk, Context ctx) {
        Party party = FindingsApi.party(desk, ctx.pathParam("id"));
        NetworkFindings net = desk.network();
        PartyNeighbourhood n = PartyNeighbourhood.around(net, party.partyId(), Params.integer(ctx, "hops", 2, 1, 3),
                Params.integer(ctx, "max_nodes", 150, 10, MAX_NODES));
        ApiJson.send(ctx, neighbourhood(desk, net, n));
    }

    /** The neighbourhood as the network page's script draws it. */
    public static ObjectNode neighbourhood(Desk desk, NetworkFindings net, PartyNeighbourhood n) {
        Findings findings = desk.findings();
        ObjectNode o = ApiJson.object().put("party_id", n.centre().partyId()).put("centre", n.centre().key()).put("hops", n.hops())
                .put("shown", n.nodes().size()).put("total", n.total()).put("export_scope", net.scope());
        ArrayNode nodes = o.putArray("nodes");
        for (NetNode v : n.nodes()) nodes.add(node(v, findings.party(v.partyId()).orElse(null), n.pathKeys()).put("distance", n.distance().get(v.key())));
        ArrayNode edges = o.putArray("edges");
        int i = 0;
        for (NetEdge e : n.edges()) edges.add(edge(net, e, "e" + i++));
        o.set("paths", paths(net, net.pathsOf(n.centre().partyId())));
        ArrayNode communities = o.putArray("communities");
        Set<Integer> seen = new java.util.TreeSet<>();
        for (NetNode v : n.nodes()) if (v.community() > 0) seen.add(v.community());
        for (JsonNode c : net.communities()) {
            if (!seen.contains(c.path("rank").asInt())) continue;
            communities.add(ApiJson.object().put("rank", c.path("rank").asInt()).put("size", c.path("size").asInt())
                    .put("flagged_members", c.path("flagged_members").asInt()).put("listed_members", c.path("listed_members").size())
                    .put("chpl_value_usd", c.path("chpl_value_usd").asDouble()));
        }
        return o;
    }

    static ObjectNode node(NetNode v, Party p, Set<String> pathKeys) {
        ObjectNode o = ApiJson.object().put("id", v.key()).put("kind", v.listedEntity() ? "listed_entity" : "party").put("label", v.label())
                .put("country", v.country()).put("listed", v.listed()).put("risk", v.risk()).put("party_id", v.partyId())
                .put("community", v.community()).put("on_path", pathKeys.contains(v.key()));
        if (p != null) {
            o.put("rank", p.rank()).put("explanation", p.explanation()).put("list_matches", p.listMatches().size());
            ArrayNode flags = o.putArray("red_flags");
            for (RedFlag f : p.redFlags()) flags.addObject().put("rule", f.rule()).put("title", RuleTitles.title(f.rule())).put("records", f.evidence().size());
        }
        return o;
    }

    static ObjectNode edge(NetworkFindings net, NetEdge e, String id) {
        ObjectNode o = ApiJson.object().put("id", id).put("source", e.source()).put("target", e.target()).put("relation", e.relation());
        if (e.trade()) {
            o.put("value_usd", e.valueUsd()).put("chpl_value_usd", e.chplValueUsd()).put("shipments", e.shipments())
                    .put("concern", e.concern()).put("concern_label", net.concernLabel(e.concern())).put("hs6", e.detail());
        } else {
            o.put("detail", e.detail());
        }
        return o;
    }

    /** Supply paths as detect wrote them, each with {@code keys}: the graph node keys of its parties (null where the export lacks one). */
    static ArrayNode paths(NetworkFindings net, List<JsonNode> paths) {
        ArrayNode out = ApiJson.object().arrayNode();
        for (JsonNode p : paths) {
            ObjectNode c = p.deepCopy();
            ArrayNode keys = c.putArray("keys");
            for (JsonNode party : p.path("parties")) {
                NetNode n = net.nodeOfParty(party.path("party_id").asText());
                if (n == null) keys.addNull();
                else keys.add(n.key());
            }
            out.add(c);
        }
        return out;
    }

    private static void page(Context ctx, List<JsonNode> items, String field) {
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        ObjectNode o = ApiJson.object().put("total", items.size()).put("offset", offset);
        ArrayNode a = o.putArray(field);
        items.stream().skip(offset).limit(limit).forEach(a::add);
        ApiJson.send(ctx, o);
    }

    private static void flows(Desk desk, Context ctx) {
        HubFlows.Measure m = HubFlows.Measure.parse(Params.text(ctx, "measure", 20));
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        List<HubFlows.Route> routes = HubFlows.routes(desk.network(), m);
        ObjectNode o = ApiJson.object().put("measure", m.code()).put("total", routes.size());
        ObjectNode hubs = o.putObject("by_hub");
        HubFlows.byHub(routes).forEach(hubs::put);
        o.set("routes", ApiJson.array(routes.stream().limit(limit).toList(), r -> ApiJson.object().put("origin", r.origin()).put("hub", r.hub())
                .put("destination", r.destination()).put("value_usd", Math.round(r.valueUsd() * 100) / 100.0).put("hub_parties", r.hubParties())));
        ApiJson.send(ctx, o);
    }

    private static void route(Desk desk, Context ctx) {
        String origin = country(ctx, "origin"), hub = country(ctx, "hub"), destination = country(ctx, "destination");
        HubFlows.Measure m = HubFlows.Measure.parse(Params.text(ctx, "measure", 20));
        NetworkFindings net = desk.network();
        ObjectNode o = ApiJson.object().put("origin", origin).put("hub", hub).put("destination", destination).put("measure", m.code());
        o.set("hub_parties", ApiJson.array(HubFlows.carriers(net, origin, hub, destination, m), c -> {
            ObjectNode x = ApiJson.object().put("party_id", c.party().partyId()).put("name", c.party().label()).put("risk", c.party().risk())
                    .put("through_usd", Math.round(c.throughUsd() * 100) / 100.0).put("bought_usd", c.boughtUsd()).put("sold_usd", c.soldUsd());
            x.set("suppliers", ApiJson.array(c.suppliers(), l -> leg(net, l)));
            x.set("buyers", ApiJson.array(c.buyers(), l -> leg(net, l)));
            return x;
        }));
        ApiJson.send(ctx, o);
    }

    private static ObjectNode leg(NetworkFindings net, HubFlows.Leg l) {
        return ApiJson.object().put("party_id", l.party().partyId()).put("name", l.party().label()).put("country", l.party().country())
                .put("value_usd", l.valueUsd()).put("concern", net.concernLabel(l.concern()));
    }

    /** A required two-letter country code parameter. */
    public static String country(Context ctx, String name) {
        String v = Params.text(ctx, name, 2);
        if (v == null || !v.matches("[A-Za-z]{2}")) throw new IllegalArgumentException("parameter " + name + ": an ISO 3166-1 alpha-2 country code is required");
        return v.toUpperCase(java.util.Locale.ROOT);
    }
}
