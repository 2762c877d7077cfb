package org.chokepoint.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.screening.Feature;
import org.chokepoint.screening.Match;

import java.util.List;

/** Screening results as JSON, in the shape of formats.md §3. Thread-safe. */
public final class MatchJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MatchJson() {}

    /** {@code {"id":..,"name":..,"matches":[{"entity_id","list","name","matched_name","score","explanation"}]}} */
    public static ObjectNode result(String id, String name, List<Match> matches, boolean withFeatures) {
        ObjectNode o = JSON.createObjectNode();
        if (id != null) o.put("id", id);
        o.put("name", name);
        ArrayNode arr = o.putArray("matches");
        for (Match m : matches) arr.add(match(m, withFeatures));
        return o;
    }

    public static ObjectNode match(Match m, boolean withFeatures) {
        ObjectNode o = JSON.createObjectNode()
                .put("entity_id", m.entity().id())
                .put("list", m.entity().list() == null ? m.entity().source() : m.entity().list())
                .put("name", m.entity().name())
                .put("matched_name", m.matchedName().value())
                .put("score", m.score())
                .put("explanation", m.explanation());
        if (withFeatures) {
            o.put("algorithm", m.algorithm());
            o.put("schema", m.entity().schema().label());
            m.entity().programs().forEach(o.putArray("programs")::add);
            ArrayNode fs = o.putArray("features");
            for (Feature f : m.features()) fs.addObject().put("feature", f.name()).put("contribution", f.contribution()).put("detail", f.detail());
        }
        return o;
    }
}
