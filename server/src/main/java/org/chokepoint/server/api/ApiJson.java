package org.chokepoint.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.lists.diff.EntityChange;
import org.chokepoint.lists.diff.FieldChange;
import org.chokepoint.lists.store.EntityJson;
import org.chokepoint.lists.store.EntityVersion;
import org.chokepoint.lists.store.Snapshot;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.Feature;
import org.chokepoint.screening.Match;
import org.chokepoint.server.ListsView;
import org.chokepoint.server.audit.AuditEntry;
import org.chokepoint.server.auth.User;
import org.chokepoint.server.findings.FlaggedShipment;
import org.chokepoint.server.findings.ListMatch;
import org.chokepoint.server.findings.Neighbourhood;
import org.chokepoint.server.findings.Party;
import org.chokepoint.server.findings.RedFlag;
import org.chokepoint.server.triage.Alert;
import org.chokepoint.server.triage.CaseFile;
import org.chokepoint.server.triage.Decision;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The API's JSON, written field by field (snake_case) so the wire format is a documented contract rather
 * than whatever reflection makes of the records. Screening results keep the shape of formats.md §3;
 * entities that of the store ({@link EntityJson}); parties that of formats.md §2. Thread-safe.
 */
public final class ApiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiJson() {}

    /** Sends {@code node} as the JSON response. */
    public static void send(Context ctx, JsonNode node) {
        ctx.contentType("application/json").result(node.toString());
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Reads the request body as a JSON object; a body that is not one is a 400 with the parser's reason. */
    public static JsonNode body(Context ctx) {
        try {
            JsonNode n = MAPPER.readTree(ctx.body());
            if (n == null || !n.isObject()) throw new IllegalArgumentException("the request body must be a JSON object");
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** formats.md §3: {@code {"id","name","matches":[{"entity_id","list","name","matched_name","score","explanation"}]}}, plus features. */
    public static ObjectNode screening(String id, String name, List<Match> matches) {
        ObjectNode o = object();
        if (id != null) o.put("id", id);
        o.put("name", name);
        ArrayNode arr = o.putArray("matches");
        for (Match m : matches) arr.add(match(m));
        return o;
    }

    public static ObjectNode match(Match m) {
        ObjectNode o = object()
                .put("entity_id", m.entity().id())
                .put("list", m.entity().list() == null ? m.entity().source() : m.entity().list())
                .put("name", m.entity().name())
                .put("matched_name", m.matchedName().value())
                .put("score", m.score())
                .put("explanation", m.explanation())
                .put("algorithm", m.algorithm())
                .put("schema", m.entity().schema().label());
        m.entity().programs().forEach(o.putArray("programs")::add);
        ArrayNode fs = o.putArray("features");
        for (Feature f : m.features()) fs.addObject().put("feature", f.name()).put("contribution", f.contribution()).put("detail", f.detail());
        return o;
    }

    public static ObjectNode entity(Entity e) {
        return EntityJson.toNode(e, true);
    }

    public static ObjectNode entitySummary(Entity e) {
        ObjectNode o = object().put("id", e.id()).put("name", e.name()).put("list", e.list()).put("schema", e.schema().label());
        e.countries().forEach(o.putArray("countries")::add);
        e.programs().forEach(o.putArray("programs")::add);
        return o;
    }

    public static ArrayNode history(List<EntityVersion> versions) {
        ArrayNode arr = MAPPER.createArrayNode();
        EntityVersion prev = null;
        for (EntityVersion v : versions) {
            ObjectNode o = arr.addObject();
            o.set("snapshot", snapshot(v.snapshot()));
            ArrayNode changes = o.putArray("changes");
            if (prev != null) for (FieldChange c : org.chokepoint.lists.diff.ListDiff.changes(prev.entity(), v.entity())) changes.add(change(c));
            o.set("entity", EntityJson.toNode(v.entity(), false));
            prev = v;
        }
        return arr;
    }

    public static ObjectNode snapshot(Snapshot s) {
        ObjectNode o = object().put("id", s.id()).put("source", s.source()).put("origin", s.origin())
                .put("loaded_at", s.loadedAt().toString()).put("checked_at", s.checkedAt().toString()).put("published", s.published() == null ? null : s.published().toString())
                .put("entities", s.entities()).put("names", s.names()).put("identifiers", s.identifiers())
                .put("records_read", s.recordsRead()).put("rejected", s.rejected()).put("current", s.current());
        ArrayNode files = o.putArray("files");
        s.files().forEach(f -> files.add(MAPPER.valueToTree(f)));
        s.warnings().forEach(o.putArray("warnings")::add);
        return o;
    }

    public static ObjectNode diff(ListsView.Diff d, int limit) {
        ObjectNode o = object();
        o.set("before", d.before() == null ? null : snapshot(d.before()));
        o.set("after", snapshot(d.after()));
        o.put("added_count", d.diff().added().size()).put("removed_count", d.diff().removed().size()).put("changed_count", d.diff().changed().size());
        ArrayNode added = o.putArray("added");
        d.diff().added().stream().limit(limit).forEach(e -> added.add(entitySummary(e)));
        ArrayNode removed = o.putArray("removed");
        d.diff().removed().stream().limit(limit).forEach(e -> removed.add(entitySummary(e)));
        ArrayNode changed = o.putArray("changed");
        for (EntityChange c : d.diff().changed().stream().limit(limit).toList()) {
            ObjectNode co = entitySummary(c.after());
            ArrayNode fields = co.putArray("changes");
            c.changes().forEach(f -> fields.add(change(f)));
            changed.add(co);
        }
        o.set("by_program", counts(d.diff().byProgram()));
        return o;
    }

    private static ObjectNode counts(Map<String, int[]> m) {
        ObjectNode o = object();
        m.forEach((k, v) -> o.putObject(k).put("added", v[0]).put("removed", v[1]).put("changed", v[2]));
        return o;
    }

    private static ObjectNode change(FieldChange c) {
        ObjectNode o = object().put("field", c.field());
        c.removed().forEach(o.putArray("removed")::add);
        c.added().forEach(o.putArray("added")::add);
        return o;
    }

    /** A party in the shape of formats.md §2. */
    public static ObjectNode party(Party p) {
        ObjectNode o = object().put("rank", p.rank()).put("party_id", p.partyId()).put("name", p.name()).put("country", p.country());
        p.aliases().forEach(o.putArray("aliases")::add);
        p.ids().forEach(o.putArray("ids")::add);
        p.recordIds().forEach(o.putArray("record_ids")::add);
        o.put("risk", p.risk()).put("listed", p.listed());
        ArrayNode ms = o.putArray("list_matches");
        for (ListMatch m : p.listMatches()) ms.addObject().put("list", m.list()).put("entity_id", m.entityId()).put("name", m.name()).put("score", m.score());
        o.set("red_flags", flags(p.redFlags()));
        o.put("explanation", p.explanation());
        return o;
    }

    public static ArrayNode flags(List<RedFlag> flags) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (RedFlag f : flags) {
            ObjectNode fo = arr.addObject().put("rule", f.rule()).put("weight", f.weight());
            f.evidence().forEach(fo.putArray("evidence")::add);
        }
        return arr;
    }

    public static ObjectNode shipment(FlaggedShipment s) {
        ObjectNode o = object().put("record_id", s.recordId()).put("score", s.score());
        o.set("red_flags", flags(s.redFlags()));
        o.set("party_matches", s.partyMatches());
        return o;
    }

    public static ObjectNode alert(Alert a) {
        ObjectNode o = object().put("alert_id", a.id()).put("status", a.status().label()).put("status_reason", a.statusReason());
        o.set("party", party(a.party()));
        ArrayNode ds = o.putArray("decisions");
        a.decisions().forEach(d -> ds.add(decision(d)));
        return o;
    }

    public static ObjectNode decision(Decision d) {
        ObjectNode o = object().put("decision_id", d.id()).put("party_id", d.partyId()).put("decision", d.verdict().label())
                .put("reason", d.reason()).put("actor", d.actor()).put("at", d.at().toString());
        ObjectNode cleared = o.putObject("listed_fingerprints");
        d.cleared().forEach(cleared::put);
        return o;
    }

    public static ObjectNode caseFile(CaseFile c) {
        ObjectNode o = object().put("case_id", c.id()).put("title", c.title()).put("status", c.status())
                .put("created_by", c.createdBy()).put("created_at", c.createdAt().toString());
        c.partyIds().forEach(o.putArray("party_ids")::add);
        ArrayNode ev = o.putArray("events");
        for (CaseFile.Event e : c.events()) ev.addObject().put("at", e.at().toString()).put("actor", e.actor()).put("status", e.status()).put("note", e.note());
        return o;
    }

    public static ObjectNode audit(AuditEntry e) {
        return object().put("id", e.id()).put("at", e.at().toString()).put("actor", e.actor()).put("action", e.action())
                .put("target", e.target()).put("reason", e.reason()).put("detail", e.detail());
    }

    public static ObjectNode user(User u) {
        return object().put("username", u.username()).put("display_name", u.displayName()).put("role", u.role().label())
                .put("created_at", u.createdAt().toString());
    }

    public static ObjectNode graph(Neighbourhood.Graph g) {
        ObjectNode o = object();
        ArrayNode nodes = o.putArray("nodes");
        for (Neighbourhood.Node n : g.nodes()) {
            nodes.addObject().put("id", n.id()).put("label", n.label()).put("kind", n.kind()).put("risk", n.risk())
                    .put("listed", n.listed()).put("country", n.country());
        }
        ArrayNode edges = o.putArray("edges");
        for (Neighbourhood.Edge e : g.edges()) {
            edges.addObject().put("source", e.source()).put("target", e.target()).put("kind", e.kind()).put("records", e.records()).put("score", e.score());
        }
        return o;
    }

    public static <T> ArrayNode array(Collection<T> items, java.util.function.Function<T, JsonNode> f) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (T t : items) arr.add(f.apply(t));
        return arr;
    }
}
