package org.chokepoint.lists.opensanctions;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code properties} object of a FollowTheMoney entity. Every property is a list of strings in
 * the flat export; a single string, a number, or (in the nested export) an entity object standing for
 * its id are accepted too, so that one odd value costs a field, not the entity.
 */
record FtmProperties(JsonNode node) {

    static FtmProperties of(JsonNode entity) {
        JsonNode p = entity.get("properties");
        return new FtmProperties(p != null && p.isObject() ? p : null);
    }

    /** The property's non-blank values, stripped, in order. */
    List<String> values(String property) {
        List<String> out = new ArrayList<>();
        if (node == null) return out;
        JsonNode v = node.get(property);
        if (v == null || v.isNull()) return out;
        if (v.isArray()) for (JsonNode item : v) add(out, item);
        else add(out, v);
        return out;
    }

    /** The first value, or null. */
    String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.get(0);
    }

    private static void add(List<String> out, JsonNode item) {
        String s = null;
        if (item.isTextual() || item.isNumber()) s = item.asText();
        else if (item.isObject() && item.hasNonNull("id")) s = item.get("id").asText();
        if (s != null && !s.isBlank()) out.add(s.strip());
    }

    /** A top-level string field of the entity ("id", "schema", "first_seen"), or null. */
    static String field(JsonNode entity, String name) {
        JsonNode v = entity.get(name);
        if (v == null || !(v.isTextual() || v.isNumber())) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
