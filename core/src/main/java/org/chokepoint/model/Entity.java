package org.chokepoint.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One listed party, the same shape for every list. Immutable.
 *
 * @param id          {@code <source>:<native id>}, stable across reloads (formats.md §4)
 * @param source      the list source ("ofac-sdn", "us-csl", "un-sc", "opensanctions", "uk-sanctions", "custom:NAME")
 * @param list        the human name of the list the record comes from ("OFAC SDN", "Entity List (EL) - Bureau of Industry and Security")
 * @param schema      person, organization, vessel, aircraft
 * @param names       every name; the first is the primary name
 * @param addresses   published addresses
 * @param countries   ISO 3166-1 alpha-2 codes the list associates with the entity (nationality, address, flag)
 * @param identifiers typed identifiers
 * @param programs    sanctions programs or regimes ("RUSSIA-EO14024", "DPRK3")
 * @param designated  designation (listing) date, or null when the list does not give one
 * @param remarks     free-text remarks
 * @param sourceUrl   where the list or the record is published, or null
 * @param raw         the source record as published (CSV line(s), XML fragment, JSON line), so nothing is lost
 */
public record Entity(String id, String source, String list, Schema schema, List<EntityName> names,
                     List<Address> addresses, List<String> countries, List<Identifier> identifiers,
                     List<String> programs, LocalDate designated, String remarks, String sourceUrl,
                     String raw) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        if (!id.startsWith(source + ":")) throw new IllegalArgumentException("id " + id + " does not start with " + source + ":");
        if (names == null || names.isEmpty()) throw new IllegalArgumentException(id + ": an entity needs a name");
        schema = schema == null ? Schema.UNKNOWN : schema;
        names = List.copyOf(names);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        countries = countries == null ? List.of() : List.copyOf(new LinkedHashSet<>(countries));
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        programs = programs == null ? List.of() : List.copyOf(new LinkedHashSet<>(programs));
    }

    /** The primary name. */
    public String name() {
        return names.get(0).value();
    }

    /** The native id: the part of {@link #id} after the source prefix. */
    public String nativeId() {
        return id.substring(source.length() + 1);
    }

    /** All names other than the primary one. */
    public List<EntityName> aliases() {
        return names.subList(1, names.size());
    }

    /** Mutable builder used by the list readers. */
    public static Builder builder(String source, String nativeId) {
        return new Builder(source, nativeId);
    }

    public static final class Builder {
        private final String source;
        private final String nativeId;
        private String list;
        private Schema schema = Schema.UNKNOWN;
        private final List<EntityName> names = new ArrayList<>();
        private final List<Address> addresses = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<String> programs = new ArrayList<>();
        private LocalDate designated;
        private String remarks;
        private String sourceUrl;
        private String raw;

        private Builder(String source, String nativeId) {
            this.source = source;
            this.nativeId = nativeId;
        }

        public Builder list(String v) { list = v; return this; }
        public Builder schema(Schema v) { schema = v; return this; }
        public Builder designated(LocalDate v) { designated = v; return this; }
        public Builder remarks(String v) { remarks = blankToNull(v); return this; }
        public Builder sourceUrl(String v) { sourceUrl = blankToNull(v); return this; }
        public Builder raw(String v) { raw = v; return this; }

        /** Adds a name unless blank or already present with the same value (the first kind wins). */
        public Builder name(String value, NameKind kind) {
            if (value == null || value.isBlank()) return this;
            String v = value.strip();
            for (EntityName n : names) if (n.value().equals(v)) return this;
            if (kind == NameKind.PRIMARY && !names.isEmpty() && names.get(0).kind() == NameKind.PRIMARY) kind = NameKind.AKA;
            EntityName name = new EntityName(v, kind);
            if (kind == NameKind.PRIMARY) names.add(0, name); else names.add(name);
            return this;
        }

        public Builder address(Address a) {
            if (a != null && !a.full().isBlank() && !addresses.contains(a)) addresses.add(a);
            if (a != null && a.country() != null) country(a.country());
            return this;
        }

        public Builder country(String iso2) {
            if (iso2 != null && !iso2.isBlank() && !countries.contains(iso2)) countries.add(iso2);
            return this;
        }

        public Builder identifier(Identifier id) {
            if (id != null && !id.value().isEmpty() && !identifiers.contains(id)) identifiers.add(id);
            return this;
        }

        public Builder program(String p) {
            if (p != null && !p.isBlank() && !programs.contains(p.strip())) programs.add(p.strip());
            return this;
        }

        public boolean hasName() { return !names.isEmpty(); }

        public Entity build() {
            return new Entity(source + ":" + nativeId, source, list, schema, names, addresses, countries,
                    identifiers, programs, designated, remarks, sourceUrl, raw);
        }

        private static String blankToNull(String v) {
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
