package org.chokepoint.lists.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of an entity, written field by field so that the stored format and the API's are a
 * stable, documented contract rather than whatever a reflection library makes of the records.
 * Thread-safe.
 */
public final class EntityJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EntityJson() {}

    public static ObjectNode toNode(Entity e, boolean withRaw) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("source", e.source());
        o.put("list", e.list());
        o.put("schema", e.schema().label());
        o.put("name", e.name());
        ArrayNode names = o.putArray("names");
        for (EntityName n : e.names()) {
            names.addObject().put("value", n.value()).put("kind", n.kind().name().toLowerCase()).put("script", n.script());
        }
        ArrayNode addresses = o.putArray("addresses");
        for (Address a : e.addresses()) {
            ObjectNode an = addresses.addObject();
            putIfPresent(an, "street", a.street());
            putIfPresent(an, "city", a.city());
            putIfPresent(an, "postal_code", a.postalCode());
            putIfPresent(an, "region", a.region());
            putIfPresent(an, "country", a.country());
            putIfPresent(an, "country_name", a.countryName());
        }
        ArrayNode countries = o.putArray("countries");
        e.countries().forEach(countries::add);
        ArrayNode ids = o.putArray("identifiers");
        for (Identifier i : e.identifiers()) {
            ObjectNode in = ids.addObject().put("type", i.type().label()).put("value", i.value());
            putIfPresent(in, "country", i.country());
            putIfPresent(in, "label", i.label());
            in.put("valid", i.valid());
        }
        ArrayNode programs = o.putArray("programs");
        e.programs().forEach(programs::add);
        putIfPresent(o, "designated", e.designated() == null ? null : e.designated().toString());
        putIfPresent(o, "remarks", e.remarks());
        putIfPresent(o, "source_url", e.sourceUrl());
        if (withRaw) putIfPresent(o, "raw", e.raw());
        return o;
    }

    public static String toJson(Entity e) {
        return toNode(e, true).toString();
    }

    public static Entity fromJson(String json) {
        try {
            return fromNode(MAPPER.readTree(json));
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("stored entity is not valid JSON: " + ex.getOriginalMessage(), ex);
        }
    }

    public static Entity fromNode(JsonNode o) {
        List<EntityName> names = new ArrayList<>();
        for (JsonNode n : o.path("names")) {
            names.add(new EntityName(n.path("value").asText(), NameKind.valueOf(n.path("kind").asText().toUpperCase()), text(n, "script")));
        }
        List<Address> addresses = new ArrayList<>();
        for (JsonNode a : o.path("addresses")) {
            addresses.add(new Address(text(a, "street"), text(a, "city"), text(a, "postal_code"), text(a, "region"),
                    text(a, "country"), text(a, "country_name")));
        }
        List<String> countries = new ArrayList<>();
        o.path("countries").forEach(c -> countries.add(c.asText()));
        List<Identifier> ids = new ArrayList<>();
        for (JsonNode i : o.path("identifiers")) {
            ids.add(new Identifier(IdentifierType.parse(i.path("type").asText()), i.path("value").asText(), text(i, "country"),
                    text(i, "label"), i.path("valid").asBoolean()));
        }
        List<String> programs = new ArrayList<>();
        o.path("programs").forEach(p -> programs.add(p.asText()));
        String designated = text(o, "designated");
        return new Entity(o.path("id").asText(), o.path("source").asText(), text(o, "list"), Schema.parse(o.path("schema").asText()),
                names, addresses, countries, ids, programs, designated == null ? null : LocalDate.parse(designated),
                text(o, "remarks"), text(o, "source_url"), text(o, "raw"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) o.put(field, value);
    }
}
