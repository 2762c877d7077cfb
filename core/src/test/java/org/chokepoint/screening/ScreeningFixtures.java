package org.chokepoint.screening;

import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties of the screening fixtures, written as one line each (the syntax is documented at the top
 * of {@code cases.tsv}): "names;alias;weak:alias;fka:former name|type=...|country=RU,BY|identifier=INN ...", and queries
 * as "name|country=..|type=..|identifier=..".
 */
final class ScreeningFixtures {
    private ScreeningFixtures() {}

    /** The filler entities of {@code filler.tsv}, ids "filler:LINE". */
    static List<Entity> filler() {
        List<Entity> out = new ArrayList<>();
        List<String> lines = lines("filler.tsv");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(party("filler", Integer.toString(i + 1), line));
        }
        return out;
    }

    /** A listed entity from its one-line description. */
    static Entity party(String source, String nativeId, String spec) {
        Map<String, String> parts = parts(spec);
        Entity.Builder b = Entity.builder(source, nativeId).schema(Schema.parse(parts.get("type")));
        boolean first = true;
        for (String name : parts.get("").split(";")) {
            String n = name.strip();
            if (n.isEmpty()) continue;
            if (n.startsWith("weak:")) b.name(n.substring(5), NameKind.WEAK_AKA);
            else if (n.startsWith("fka:")) b.name(n.substring(4), NameKind.FKA);
            else b.name(n, first ? NameKind.PRIMARY : NameKind.AKA);
            first = false;
        }
        if (parts.get("country") != null) for (String c : parts.get("country").split(",")) b.country(c.strip());
        IdentifierText.parse(parts.get("identifier")).forEach(b::identifier);
        return b.build();
    }

    /** A query from its one-line description, without a minimum score. */
    static ScreeningQuery query(String spec, int limit) {
        Map<String, String> parts = parts(spec);
        return ScreeningQuery.of(parts.get(""), parts.get("country"), parts.get("type"), parts.get("identifier"), limit, 0.0);
    }

    /** The text before the first '|' under "", then each "key=value" part under its key. */
    private static Map<String, String> parts(String spec) {
        String[] pieces = spec.split("\\|");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("", pieces[0].strip());
        for (int i = 1; i < pieces.length; i++) {
            int eq = pieces[i].indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("expected key=value in '" + spec + "': " + pieces[i]);
            String key = pieces[i].substring(0, eq).strip();
            if (!List.of("type", "country", "identifier").contains(key)) throw new IllegalArgumentException("unknown key '" + key + "' in '" + spec + "'");
            out.put(key, pieces[i].substring(eq + 1).strip());
        }
        return out;
    }

    /** The lines of a resource next to this class. */
    static List<String> lines(String resource) {
        try (InputStream in = ScreeningFixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
