package org.chokepoint.lists.custom;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a user's CSV holds which field. Column names are matched case-insensitively.
 * {@code id} and {@code name} are required; every other field may be null (not read).
 *
 * @param id          the user's own id of the record (required)
 * @param name        the primary name (required)
 * @param aliases     other names, separated by ';'
 * @param type        person, organization, vessel, aircraft (the words of {@link org.chokepoint.model.Schema#parse})
 * @param country     countries (names or ISO codes), separated by ';'
 * @param identifiers identifiers as text: "INN 7702070139; IMO 9253325" ({@link org.chokepoint.identifier.IdentifierText#parse})
 * @param address     addresses, separated by ';'
 * @param program     the user's reason or program codes, separated by ';'
 * @param remarks     free text
 */
public record ColumnMapping(String id, String name, String aliases, String type, String country, String identifiers,
                            String address, String program, String remarks) {

    /** The keys of a mapping string, in the order of the record. "schema" is accepted for "type". */
    public static final List<String> KEYS = List.of("id", "name", "aliases", "type", "country", "identifiers", "address", "program", "remarks");

    public ColumnMapping {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("the column mapping needs an id column");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("the column mapping needs a name column");
        id = id.strip();
        name = name.strip();
        aliases = blankToNull(aliases);
        type = blankToNull(type);
        country = blankToNull(country);
        identifiers = blankToNull(identifiers);
        address = blankToNull(address);
        program = blankToNull(program);
        remarks = blankToNull(remarks);
    }

    /** Columns named as the keys: {@code id,name,aliases,type,country,identifiers,address,program,remarks}. */
    public static ColumnMapping defaults() {
        return new ColumnMapping("id", "name", "aliases", "type", "country", "identifiers", "address", "program", "remarks");
    }

    /**
     * Parses {@code key=column} pairs separated by commas, as given on the command line:
     * {@code "id=cust_no,name=customer_name,aliases="}. Keys not given keep their default column; an
     * empty column means the field is not read. Unknown or repeated keys, and pairs without '=', raise
     * {@link IllegalArgumentException} with a message for the user.
     */
    public static ColumnMapping parse(String spec) {
        if (spec == null || spec.isBlank()) return defaults();
        Map<String, String> columns = new LinkedHashMap<>();
        for (String key : KEYS) columns.put(key, key);
        Set<String> given = new HashSet<>();
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) continue;
            int eq = pair.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("column mapping '" + pair.strip() + "' in '" + spec + "' is not key=column");
            String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (key.equals("schema")) key = "type";
            if (!columns.containsKey(key))
                throw new IllegalArgumentException("unknown key '" + pair.substring(0, eq).strip() + "' in column mapping '" + spec
                        + "': the keys are " + String.join(", ", KEYS) + " (schema for type)");
            if (!given.add(key)) throw new IllegalArgumentException("key '" + key + "' given twice in column mapping '" + spec + "'");
            columns.put(key, pair.substring(eq + 1).strip());
        }
        return new ColumnMapping(columns.get("id"), columns.get("name"), columns.get("aliases"), columns.get("type"),
                columns.get("country"), columns.get("identifiers"), columns.get("address"), columns.get("program"), columns.get("remarks"));
    }

    /** The mapped column of a key, or null when the field is not read. */
    public String column(String key) {
        return switch (key) {
            case "id" -> id;
            case "name" -> name;
            case "aliases" -> aliases;
            case "type" -> type;
            case "country" -> country;
            case "identifiers" -> identifiers;
            case "address" -> address;
            case "program" -> program;
            case "remarks" -> remarks;
            default -> throw new IllegalArgumentException("unknown key " + key);
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
