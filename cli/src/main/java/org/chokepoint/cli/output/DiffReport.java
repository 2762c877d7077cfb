package org.chokepoint.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.country.Countries;
import org.chokepoint.lists.diff.EntityChange;
import org.chokepoint.lists.diff.FieldChange;
import org.chokepoint.lists.diff.ListDiff;
import org.chokepoint.lists.diff.ListVersion;
import org.chokepoint.model.Entity;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Renders a list diff for people (summary, groups, entries) or as JSON. */
public final class DiffReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiffReport() {}

    public static void text(PrintWriter out, ListVersion a, ListVersion b, ListDiff d, int limit) {
        out.printf("%s: %s (%,d entities) -> %s (%,d entities)%n", a.source(), a.label(), a.entities().size(), b.label(), b.entities().size());
        out.printf("%,d added, %,d removed, %,d changed%n%n", d.added().size(), d.removed().size(), d.changed().size());
        if (d.added().isEmpty() && d.removed().isEmpty() && d.changed().isEmpty()) {
            out.flush();
            return;
        }
        groups(out, "By program", d.byProgram(), Map.Entry.comparingByKey(), Integer.MAX_VALUE, false);
        groups(out, "By country (top 20)", d.byCountry(), null, 20, true);
        entities(out, "Added", d.added(), limit);
        entities(out, "Removed", d.removed(), limit);
        out.println("Changed:");
        int n = 0;
        for (EntityChange c : d.changed()) {
            if (limit > 0 && n++ == limit) {
                out.printf("  ... and %,d more (--limit 0 shows all)%n", d.changed().size() - limit);
                break;
            }
            out.printf("  %s  %s%n", c.entityId(), c.after().name());
            for (FieldChange f : c.changes()) {
                for (String r : f.removed()) out.printf("      - %s: %s%n", f.field(), shorten(r));
                for (String x : f.added()) out.printf("      + %s: %s%n", f.field(), shorten(x));
            }
        }
        if (d.changed().isEmpty()) out.println("  (none)");
        out.flush();
    }

    private static void groups(PrintWriter out, String title, Map<String, int[]> groups, Comparator<Map.Entry<String, int[]>> order, int max, boolean countries) {
        Comparator<Map.Entry<String, int[]>> byTotal = Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[0] + e.getValue()[1] + e.getValue()[2]));
        Table t = new Table(countries ? "country" : "program", "added", "removed", "changed");
        groups.entrySet().stream().sorted(order != null ? order : byTotal.thenComparing(Map.Entry.comparingByKey())).limit(max)
                .forEach(e -> t.row(countries && e.getKey().length() == 2 ? e.getKey() + " " + Countries.name(e.getKey()) : e.getKey(),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        out.println(title + ":");
        t.print(out);
        out.println();
    }

    private static void entities(PrintWriter out, String title, List<Entity> list, int limit) {
        out.println(title + ":");
        int n = 0;
        for (Entity e : list) {
            if (limit > 0 && n++ == limit) {
                out.printf("  ... and %,d more (--limit 0 shows all)%n", list.size() - limit);
                break;
            }
            out.printf("  %-18s %-13s %s  [%s]%n", e.id(), e.schema().label(), e.name(), String.join(", ", e.programs()));
        }
        if (list.isEmpty()) out.println("  (none)");
        out.println();
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    /** {@code {"added":[...],"removed":[...],"changed":[...]}}, each item with entity_id and name. */
    public static void json(PrintWriter out, ListDiff d) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode added = root.putArray("added");
        d.added().forEach(e -> added.add(item(e)));
        ArrayNode removed = root.putArray("removed");
        d.removed().forEach(e -> removed.add(item(e)));
        ArrayNode changed = root.putArray("changed");
        for (EntityChange c : d.changed()) {
            ObjectNode o = item(c.after());
            ArrayNode fields = o.putArray("changes");
            for (FieldChange f : c.changes()) {
                ObjectNode fo = fields.addObject().put("field", f.field());
                f.removed().forEach(fo.putArray("removed")::add);
                f.added().forEach(fo.putArray("added")::add);
            }
            changed.add(o);
        }
        out.println(root.toString());
        out.flush();
    }

    private static ObjectNode item(Entity e) {
        ObjectNode o = JSON.createObjectNode().put("entity_id", e.id()).put("name", e.name()).put("schema", e.schema().label());
        e.programs().forEach(o.putArray("programs")::add);
        e.countries().forEach(o.putArray("countries")::add);
        return o;
    }
}
