package org.chokepoint.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.country.Countries;
import org.chokepoint.lists.diff.FieldChange;
import org.chokepoint.lists.diff.ListDiff;
import org.chokepoint.lists.store.EntityJson;
import org.chokepoint.lists.store.EntityVersion;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;

import java.io.PrintWriter;
import java.util.List;

/** One entity for a person: the latest version's fields, then its history across snapshots. */
public final class EntityReport {
    private EntityReport() {}

    public static void text(PrintWriter out, List<EntityVersion> history, boolean raw) {
        EntityVersion latest = history.get(history.size() - 1);
        Entity e = latest.entity();
        out.printf("%s  %s%n", e.id(), e.name());
        field(out, "list", e.list());
        field(out, "type", e.schema().label());
        field(out, "programs", String.join(", ", e.programs()));
        field(out, "designated", e.designated() == null ? null : e.designated().toString());
        field(out, "countries", String.join(", ", e.countries().stream().map(c -> c + " " + Countries.name(c)).toList()));
        if (!e.aliases().isEmpty()) {
            out.println("  names:");
            for (EntityName n : e.aliases()) out.printf("    %-9s %s%s%n", n.kind().name().toLowerCase().replace('_', ' '), n.value(),
                    n.script().equals("Latin") ? "" : "  (" + n.script() + ")");
        }
        if (!e.identifiers().isEmpty()) {
            out.println("  identifiers:");
            for (Identifier i : e.identifiers()) out.printf("    %-12s %-22s %-4s %s%s%n", i.type().label(), i.value(),
                    i.country() == null ? "" : i.country(), i.label() == null ? "" : "\"" + i.label() + "\"",
                    i.valid() ? "" : "  (check digit fails)");
        }
        if (!e.addresses().isEmpty()) {
            out.println("  addresses:");
            for (Address a : e.addresses()) out.println("    " + a.full());
        }
        field(out, "remarks", e.remarks());
        field(out, "source", e.sourceUrl());
        out.println("  history:");
        Entity previous = null;
        for (EntityVersion v : history) {
            out.printf("    snapshot %d  %s  loaded %s%s%n", v.snapshot().id(), v.snapshot().source(),
                    v.snapshot().loadedAt().toString().substring(0, 19).replace('T', ' '), v.snapshot().current() ? "  (current)" : "");
            if (previous != null) {
                List<FieldChange> changes = ListDiff.changes(previous, v.entity());
                if (changes.isEmpty()) out.println("      unchanged");
                for (FieldChange f : changes) {
                    f.removed().forEach(r -> out.printf("      - %s: %s%n", f.field(), r));
                    f.added().forEach(x -> out.printf("      + %s: %s%n", f.field(), x));
                }
            }
            previous = v.entity();
        }
        if (raw && e.raw() != null) {
            out.println("  source record:");
            for (String line : e.raw().split("\n")) out.println("    " + line);
        }
        out.flush();
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value != null && !value.isBlank()) out.printf("  %-11s %s%n", name + ":", value);
    }

    public static void json(PrintWriter out, List<EntityVersion> history) {
        ObjectNode root = EntityJson.toNode(history.get(history.size() - 1).entity(), true);
        ArrayNode h = root.putArray("history");
        for (EntityVersion v : history) {
            h.addObject().put("snapshot", v.snapshot().id()).put("loaded_at", v.snapshot().loadedAt().toString()).put("current", v.snapshot().current());
        }
        out.println(root.toString());
        out.flush();
    }
}
