package org.chokepoint.lists.diff;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The difference between two versions of a list, keyed by entity id. A pure function of its inputs.
 *
 * @param added   entities only in the newer version, in its order
 * @param removed entities only in the older version, in its order
 * @param changed entities in both whose names, aliases, identifiers, programs, addresses, countries,
 *                schema or remarks differ
 */
public record ListDiff(List<Entity> added, List<Entity> removed, List<EntityChange> changed) {

    public static ListDiff compare(Collection<Entity> before, Collection<Entity> after) {
        Map<String, Entity> old = index(before);
        Map<String, Entity> now = index(after);
        List<Entity> added = new ArrayList<>();
        List<EntityChange> changed = new ArrayList<>();
        for (Entity e : now.values()) {
            Entity o = old.get(e.id());
            if (o == null) {
                added.add(e);
            } else {
                List<FieldChange> changes = changes(o, e);
                if (!changes.isEmpty()) changed.add(new EntityChange(o, e, changes));
            }
        }
        List<Entity> removed = old.values().stream().filter(e -> !now.containsKey(e.id())).toList();
        return new ListDiff(added, removed, changed);
    }

    /** Counts of added, removed and changed entities per program (an entity counts under each of its programs). */
    public Map<String, int[]> byProgram() {
        return group(e -> e.programs().isEmpty() ? List.of("(none)") : e.programs());
    }

    /** Counts of added, removed and changed entities per country (ISO alpha-2; an entity counts under each). */
    public Map<String, int[]> byCountry() {
        return group(e -> e.countries().isEmpty() ? List.of("(none)") : e.countries());
    }

    private Map<String, int[]> group(Function<Entity, List<String>> keys) {
        Map<String, int[]> out = new TreeMap<>();
        for (Entity e : added) for (String k : keys.apply(e)) out.computeIfAbsent(k, x -> new int[3])[0]++;
        for (Entity e : removed) for (String k : keys.apply(e)) out.computeIfAbsent(k, x -> new int[3])[1]++;
        for (EntityChange c : changed) for (String k : keys.apply(c.after())) out.computeIfAbsent(k, x -> new int[3])[2]++;
        return out;
    }

    /** The fields that differ between two versions of one entity; empty when none. */
    public static List<FieldChange> changes(Entity o, Entity n) {
        List<FieldChange> out = new ArrayList<>();
        compare(out, "schema", List.of(o.schema().label()), List.of(n.schema().label()));
        compare(out, "name", List.of(o.name()), List.of(n.name()));
        compare(out, "aliases", o.aliases().stream().map(ListDiff::alias).toList(), n.aliases().stream().map(ListDiff::alias).toList());
        compare(out, "identifiers", o.identifiers().stream().map(Identifier::toString).toList(), n.identifiers().stream().map(Identifier::toString).toList());
        compare(out, "programs", o.programs(), n.programs());
        compare(out, "addresses", o.addresses().stream().map(Address::full).toList(), n.addresses().stream().map(Address::full).toList());
        compare(out, "countries", o.countries(), n.countries());
        if (!Objects.equals(o.remarks(), n.remarks())) {
            out.add(new FieldChange("remarks", o.remarks() == null ? List.of() : List.of(o.remarks()), n.remarks() == null ? List.of() : List.of(n.remarks())));
        }
        return out;
    }

    private static String alias(EntityName n) {
        return n.value() + " (" + n.kind().name().toLowerCase().replace('_', ' ') + ")";
    }

    private static void compare(List<FieldChange> out, String field, List<String> before, List<String> after) {
        Set<String> b = new LinkedHashSet<>(before);
        Set<String> a = new LinkedHashSet<>(after);
        List<String> removed = b.stream().filter(x -> !a.contains(x)).toList();
        List<String> added = a.stream().filter(x -> !b.contains(x)).toList();
        if (!removed.isEmpty() || !added.isEmpty()) out.add(new FieldChange(field, removed, added));
    }

    private static Map<String, Entity> index(Collection<Entity> entities) {
        Map<String, Entity> m = new LinkedHashMap<>();
        for (Entity e : entities) m.putIfAbsent(e.id(), e);
        return m;
    }
}
