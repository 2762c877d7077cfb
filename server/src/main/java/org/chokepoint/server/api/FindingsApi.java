package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.server.Desk;
import org.chokepoint.server.Route;
import org.chokepoint.server.auth.Guard;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.findings.FlaggedShipment;
import org.chokepoint.server.findings.Neighbourhood;
import org.chokepoint.server.findings.Party;
import org.chokepoint.server.triage.Alert;
import org.chokepoint.server.triage.AlertStatus;
import org.chokepoint.server.triage.Decision;
import org.chokepoint.server.triage.Verdict;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/** The findings of a {@code detect} run: ranked parties, their network, and the alerts with their decisions. */
public final class FindingsApi {
    private FindingsApi() {}

    public static List<Route> routes(Desk desk) {
        return List.of(
                Route.get("/api/v1/findings", Role.VIEWER, Route.Kind.API, "findings", "The loaded detect run: its directory and summary.json, and party and alert counts",
                        List.of(), ctx -> summary(desk, ctx)),
                Route.get("/api/v1/parties", Role.VIEWER, Route.Kind.API, "findings", "Parties ranked by risk, highest first, with flags and list matches (formats.md §2)",
                        List.of("min_risk: only parties at or above this risk (0-1)", "q: only parties whose name or alias contains this text",
                                "offset: skip this many (default 0)", "limit: at most this many (1-1000, default 100)"), ctx -> parties(desk, ctx)),
                Route.get("/api/v1/parties/{id}", Role.VIEWER, Route.Kind.API, "findings", "One party with the flagged shipment records behind its red flags and its alert status",
                        List.of(), ctx -> party(desk, ctx)),
                Route.get("/api/v1/parties/{id}/network", Role.VIEWER, Route.Kind.API, "network",
                        "The party's neighbourhood: parties sharing shipment records with it, and the listed entities they match (nodes and edges)",
                        List.of("depth: hops from the party (1-3, default 2)", "max_nodes: at most this many parties (10-500, default 150)"),
                        ctx -> ApiJson.send(ctx, ApiJson.graph(Neighbourhood.around(desk.findings(), party(desk, ctx.pathParam("id")).partyId(),
                                Params.integer(ctx, "depth", 2, 1, 3), Params.integer(ctx, "max_nodes", 150, 10, 500))))),
                Route.get("/api/v1/alerts", Role.VIEWER, Route.Kind.API, "alerts",
                        "Alerts (parties with a list match or a red flag) in rank order, with their status",
                        List.of("status: active (default: open, reopened, escalated), all, or one of open, reopened, escalated, confirmed, cleared",
                                "rule: only alerts with this red-flag rule", "listed: true for only alerts with a list match",
                                "offset: skip this many (default 0)", "limit: at most this many (1-1000, default 100)"), ctx -> alerts(desk, ctx)),
                Route.get("/api/v1/alerts/{id}", Role.VIEWER, Route.Kind.API, "alerts", "One alert (by party id) with its status and every decision on it",
                        List.of(), ctx -> ApiJson.send(ctx, ApiJson.alert(alert(desk, ctx.pathParam("id"))))),
                Route.post("/api/v1/alerts/{id}/decisions", Role.ANALYST, Route.Kind.API, "alerts",
                        "Decide an alert: JSON {decision: true_match | false_positive | escalate, reason}. A false positive stays cleared until a matched entity's list record changes",
                        "application/json", Route.SMALL_BODY, ctx -> decide(desk, ctx)));
    }

    public static Party party(Desk desk, String id) {
        return desk.findings().party(id).orElseThrow(() -> new NoSuchElementException("no party '" + id + "' in the loaded findings"));
    }

    public static Alert alert(Desk desk, String id) {
        return desk.alert(id).orElseThrow(() -> new NoSuchElementException("no alert for party '" + id + "' (a party alerts when it has a list match or a red flag)"));
    }

    /** The filter the alert queue's query parameters describe. */
    public static Predicate<Alert> filter(String status, String rule, boolean listedOnly) {
        Predicate<Alert> p = switch (status == null ? "active" : status.toLowerCase(Locale.ROOT)) {
            case "active" -> a -> a.status().needsAttention();
            case "all" -> a -> true;
            default -> {
                AlertStatus s = AlertStatus.parse(status);
                yield a -> a.status() == s;
            }
        };
        if (rule != null) p = p.and(a -> a.party().redFlags().stream().anyMatch(f -> f.rule().equals(rule)));
        if (listedOnly) p = p.and(a -> !a.party().listMatches().isEmpty() || a.party().listed());
        return p;
    }

    private static void summary(Desk desk, Context ctx) {
        List<Alert> alerts = desk.alerts();
        ObjectNode o = ApiJson.object().put("loaded", desk.findings().loaded())
                .put("directory", desk.findings().directory() == null ? null : desk.findings().directory().toString())
                .put("parties", desk.findings().parties().size()).put("flagged_shipments", desk.findings().shipments().size())
                .put("alerts", alerts.size()).put("alerts_active", alerts.stream().filter(a -> a.status().needsAttention()).count());
        o.set("summary", desk.findings().summary());
        ApiJson.send(ctx, o);
    }

    private static void parties(Desk desk, Context ctx) {
        double minRisk = Params.unit(ctx, "min_risk", 0);
        String q = Params.text(ctx, "q", 200);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<Party> matching = desk.findings().parties().stream().filter(p -> p.risk() >= minRisk)
                .filter(p -> needle == null || p.name().toLowerCase(Locale.ROOT).contains(needle)
                        || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
        ObjectNode o = ApiJson.object().put("total", matching.size()).put("offset", offset);
        o.set("parties", ApiJson.array(matching.stream().skip(offset).limit(limit).toList(), ApiJson::party));
        ApiJson.send(ctx, o);
    }

    private static void party(Desk desk, Context ctx) {
        Party p = party(desk, ctx.pathParam("id"));
        ObjectNode o = ApiJson.party(p);
        ArrayNode shipments = o.putArray("flagged_shipments");
        for (String r : p.recordIds()) {
            FlaggedShipment s = desk.findings().shipments().get(r);
            if (s != null) shipments.add(ApiJson.shipment(s));
        }
        desk.alert(p.partyId()).ifPresent(a -> o.put("alert_status", a.status().label()).put("alert_status_reason", a.statusReason()));
        ApiJson.send(ctx, o);
    }

    private static void alerts(Desk desk, Context ctx) {
        String status = Params.text(ctx, "status", 20);
        String rule = Params.text(ctx, "rule", 100);
        boolean listed = "true".equalsIgnoreCase(Params.text(ctx, "listed", 5));
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        List<Alert> matching = desk.alerts().stream().filter(filter(status, rule, listed)).toList();
        ObjectNode o = ApiJson.object().put("total", matching.size()).put("offset", offset);
        o.set("alerts", ApiJson.array(matching.stream().skip(offset).limit(limit).toList(), ApiJson::alert));
        ApiJson.send(ctx, o);
    }

    private static void decide(Desk desk, Context ctx) {
        JsonNode b = ApiJson.body(ctx);
        Verdict v = Verdict.parse(Params.field(b, "decision", 30, true));
        String reason = Params.field(b, "reason", 2000, true);
        String id = ctx.pathParam("id");
        alert(desk, id);
        Decision d = desk.decide(Guard.principal(ctx).username(), id, v, reason);
        Alert after = alert(desk, id);
        ctx.status(201);
        ApiJson.send(ctx, ApiJson.decision(d).put("alert_status", after.status().label()));
    }
}
