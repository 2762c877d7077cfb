package org.chokepoint.trade.generate;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the generator takes from the loaded lists: Russian and Belarusian organisations sanctioned for
 * the war (end users; sources of identifiers and addresses for front companies), listed vessels with
 * their IMO numbers and listed airlines (carriers). Entities are sorted by id so that the choice
 * depends only on the lists, not on their order. Immutable.
 */
final class ListedParties {
    private static final Pattern AIRLINE = Pattern.compile("(?i).*\\b(airlines?|airways|avia|air|aero)\\b.*");

    final List<Entity> endUsers;
    final List<Entity> withIdentifier;
    final List<Entity> withAddress;
    final List<Entity> vessels;
    final List<Entity> airlines;
    /** Every identifier value the lists hold (canonical digits), so generated ids never collide with one. */
    final Set<String> identifierValues;

    ListedParties(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(Entity::id));
        List<Entity> end = new ArrayList<>();
        List<Entity> ids = new ArrayList<>();
        List<Entity> addr = new ArrayList<>();
        List<Entity> ves = new ArrayList<>();
        List<Entity> air = new ArrayList<>();
        Set<String> values = new LinkedHashSet<>();
        for (Entity e : sorted) {
            for (Identifier i : e.identifiers()) values.add(i.value().toUpperCase(Locale.ROOT));
            if (e.schema() == Schema.VESSEL && imo(e) != null) ves.add(e);
            boolean ruBy = e.countries().contains("RU") || e.countries().contains("BY");
            if (e.schema() == Schema.ORGANIZATION && (ruBy || e.countries().contains("IR")) && AIRLINE.matcher(e.name()).matches()
                    && e.name().length() < 40) air.add(e);
            if (e.schema() != Schema.ORGANIZATION || !ruBy || !warRelated(e)) continue;
            end.add(e);
            if (registryId(e) != null) ids.add(e);
            if (street(e) != null) addr.add(e);
        }
        this.endUsers = List.copyOf(end);
        this.withIdentifier = List.copyOf(ids);
        this.withAddress = List.copyOf(addr);
        this.vessels = List.copyOf(ves);
        this.airlines = List.copyOf(air);
        this.identifierValues = Set.copyOf(values);
    }

    /** Listed for Russia's war: the Russia executive order 14024 program, or the BIS Entity List. */
    static boolean warRelated(Entity e) {
        if (e.programs().stream().anyMatch(p -> p.contains("RUSSIA-EO14024"))) return true;
        return e.list() != null && e.list().contains("Entity List");
    }

    /** The entity's first checksum-valid INN or OGRN, or null. */
    static String registryId(Entity e) {
        for (Identifier i : e.identifiers()) {
            if ((i.type() == IdentifierType.INN || i.type() == IdentifierType.OGRN) && i.valid()) return i.value();
        }
        return null;
    }

    static String imo(Entity e) {
        for (Identifier i : e.identifiers()) if (i.type() == IdentifierType.IMO && i.valid()) return i.value();
        return null;
    }

    /** The first published address that has a street, as one line, or null. */
    static String street(Entity e) {
        for (Address a : e.addresses()) if (a.street() != null && !a.street().isBlank()) return a.full();
        return null;
    }

    /** The names a clerk could copy: the primary name and the strong aliases, as published. */
    static List<String> names(Entity e) {
        List<String> out = new ArrayList<>();
        for (EntityName n : e.names()) if (n.kind() != NameKind.WEAK_AKA && n.kind() != NameKind.FKA) out.add(n.value());
        return out;
    }
}
