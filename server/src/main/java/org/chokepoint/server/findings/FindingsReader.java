package org.chokepoint.server.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.server.findings.JsonLines.Line;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code detect} output directory (formats.md §2) strictly: a line that is not a JSON object, a
 * missing required field, a score outside [0, 1] or a party listed twice is refused with the file, line,
 * field and reason. Fields the format does not name are ignored, so a newer {@code detect} that adds
 * some still loads. {@code shipments.jsonl} and {@code summary.json} may be absent; {@code parties.jsonl}
 * may not. Thread-safe (stateless).
 */
public final class FindingsReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PARTIES = "parties.jsonl";
    public static final String SHIPMENTS = "shipments.jsonl";
    public static final String SUMMARY = "summary.json";

    private FindingsReader() {}

    public static Findings read(Path dir) throws FindingsException, IOException {
        if (!Files.isDirectory(dir)) throw new FindingsException(dir.toString(), 0, null, "not a directory");
        Path partiesFile = dir.resolve(PARTIES);
        if (!Files.isRegularFile(partiesFile)) throw new FindingsException(partiesFile.toString(), 0, null, "missing: a detect output directory has " + PARTIES);
        List<Party> parties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line l : JsonLines.read(partiesFile)) {
            Party p = party(l);
            if (!seen.add(p.partyId())) throw new FindingsException(PARTIES, l.number(), "party_id", "party '" + p.partyId() + "' appears twice; each party appears exactly once");
            parties.add(p);
        }
        Map<String, FlaggedShipment> shipments = new LinkedHashMap<>();
        Path shipmentsFile = dir.resolve(SHIPMENTS);
        if (Files.isRegularFile(shipmentsFile)) {
            for (Line l : JsonLines.read(shipmentsFile)) {
                FlaggedShipment s = new FlaggedShipment(text(l, "record_id", true), unit(l, "score"), flags(l, l.node().path("red_flags")), l.node().path("party_matches"));
                shipments.put(s.recordId(), s);
            }
        }
        JsonNode summary = JSON.createObjectNode();
        Path summaryFile = dir.resolve(SUMMARY);
        if (Files.isRegularFile(summaryFile)) {
            try {
                summary = JSON.readTree(summaryFile.toFile());
            } catch (JsonProcessingException e) {
                throw new FindingsException(SUMMARY, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null, "not valid JSON: " + e.getOriginalMessage());
            }
            if (!summary.isObject()) throw new FindingsException(SUMMARY, 1, null, "must be a JSON object");
        }
        return new Findings(dir.toAbsolutePath(), parties, shipments, summary);
    }

    private static Party party(Line l) throws FindingsException {
        JsonNode o = l.node();
        List<ListMatch> matches = new ArrayList<>();
        for (JsonNode m : array(l, "list_matches")) {
            Line ml = new Line(l.file(), l.number(), m);
            matches.add(new ListMatch(text(ml, "list", false), text(ml, "entity_id", true), text(ml, "name", false), unit(ml, "score")));
        }
        JsonNode rank = o.path("rank");
        if (!rank.canConvertToInt() || rank.asInt() < 1) throw new FindingsException(l.file(), l.number(), "rank", "must be a whole number from 1");
        return new Party(rank.asInt(), text(l, "party_id", true), text(l, "name", true), text(l, "country", false),
                strings(l, "aliases"), strings(l, "ids"), strings(l, "record_ids"), unit(l, "risk"), o.path("listed").asBoolean(false),
                matches, flags(l, o.path("red_flags")), text(l, "explanation", false));
    }

    private static List<RedFlag> flags(Line l, JsonNode arr) throws FindingsException {
        if (arr.isMissingNode() || arr.isNull()) return List.of();
        if (!arr.isArray()) throw new FindingsException(l.file(), l.number(), "red_flags", "must be an array");
        List<RedFlag> out = new ArrayList<>();
        for (JsonNode f : arr) {
            Line fl = new Line(l.file(), l.number(), f);
            out.add(new RedFlag(text(fl, "rule", true), unit(fl, "weight"), strings(fl, "evidence")));
        }
        return out;
    }

    private static Iterable<JsonNode> array(Line l, String field) throws FindingsException {
        JsonNode a = l.node().path(field);
        if (a.isMissingNode() || a.isNull()) return List.of();
        if (!a.isArray()) throw new FindingsException(l.file(), l.number(), field, "must be an array");
        return a;
    }

    private static List<String> strings(Line l, String field) throws FindingsException {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(l, field)) {
            if (!v.isTextual()) throw new FindingsException(l.file(), l.number(), field, "must be an array of strings");
            out.add(v.asText());
        }
        return out;
    }

    private static String text(Line l, String field, boolean required) throws FindingsException {
        JsonNode v = l.node().path(field);
        if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) throw new FindingsException(l.file(), l.number(), field, "required");
            return null;
        }
        if (!v.isTextual()) throw new FindingsException(l.file(), l.number(), field, "must be a string");
        return v.asText();
    }

    private static double unit(Line l, String field) throws FindingsException {
        JsonNode v = l.node().path(field);
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) throw new FindingsException(l.file(), l.number(), field, "must be a number in [0, 1]");
        return v.asDouble();
    }
}
