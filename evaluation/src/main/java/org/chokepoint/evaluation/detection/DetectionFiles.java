package org.chokepoint.evaluation.detection;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a scenario's {@code truth.json} and a detector's {@code parties.jsonl}, refusing malformed input
 * with file, line and reason ({@link DetectionFileException}).
 */
public final class DetectionFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DetectionFiles() {}

    /** The truth: planted parties and listed end users. */
    public record Truth(Path file, List<TruthParty> planted, List<TruthParty> listedEndUsers) {}

    public static Truth truth(Path file) throws DetectionFileException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonParseException e) {
            throw new DetectionFileException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DetectionFileException(file, 0, e instanceof NoSuchFileException ? "no such file" : "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw new DetectionFileException(file, 1, "expected a JSON object");
        String format = root.path("format").asText("");
        if (!format.startsWith("chokepoint-truth/")) throw new DetectionFileException(file, 1, "\"format\" must be chokepoint-truth/1 (found '" + format + "')");
        return new Truth(file, parties(file, root, "planted_parties", false), parties(file, root, "listed_end_users", true));
    }

    private static List<TruthParty> parties(Path file, JsonNode root, String field, boolean listed) throws DetectionFileException {
        JsonNode arr = root.get(field);
        if (arr == null || !arr.isArray()) throw new DetectionFileException(file, 0, "\"" + field + "\" must be an array");
        List<TruthParty> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : arr) {
            String where = field + "[" + i++ + "]";
            String id = text(file, n, "party_id", where);
            String name = text(file, n, listed ? "listed_name" : "name", where);
            String country = text(file, n, "country", where);
            String entity = listed ? text(file, n, "entity_id", where) : null;
            List<String> aliases = strings(file, n, "aliases", where);
            if (aliases.isEmpty()) throw new DetectionFileException(file, 0, where + " (" + id + "): \"aliases\" is empty");
            out.add(new TruthParty(id, name, country, aliases, entity, listed ? List.of() : strings(file, n, "patterns", where),
                    new java.util.HashSet<>(strings(file, n, "record_ids", where))));
        }
        return out;
    }

    private static String text(Path file, JsonNode n, String field, String where) throws DetectionFileException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw new DetectionFileException(file, 0, where + ": \"" + field + "\" is missing or not a string");
        return v.asText().strip();
    }

    private static List<String> strings(Path file, JsonNode n, String field, String where) throws DetectionFileException {
        JsonNode v = n.get(field);
        if (v == null) return List.of();
        if (!v.isArray()) throw new DetectionFileException(file, 0, where + ": \"" + field + "\" must be an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual()) throw new DetectionFileException(file, 0, where + ": \"" + field + "\" must be an array of strings");
            out.add(x.asText().strip());
        }
        return out;
    }

    /** The findings of {@code parties.jsonl}, sorted by rank (then by line). */
    public static List<Finding> findings(Path file) throws DetectionFileException {
        List<Finding> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s;
            long line = 0;
            while ((s = r.readLine()) != null) {
                line++;
                if (s.isBlank()) continue;
                out.add(finding(file, line, s));
            }
        } catch (NoSuchFileException e) {
            throw new DetectionFileException(file, 0, "no such file");
        } catch (IOException e) {
            throw new DetectionFileException(file, 0, "cannot read: " + e.getMessage());
        }
        out.sort((a, b) -> a.rank() != b.rank() ? Long.compare(a.rank(), b.rank()) : Long.compare(a.line(), b.line()));
        return out;
    }

    private static Finding finding(Path file, long line, String s) throws DetectionFileException {
        JsonNode n;
        try {
            n = JSON.readTree(s);
        } catch (IOException e) {
            throw new DetectionFileException(file, line, "not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (n == null || !n.isObject()) throw new DetectionFileException(file, line, "not a JSON object");
        JsonNode rank = n.get("rank");
        if (rank == null || !rank.canConvertToLong() || rank.asLong() < 1) throw new DetectionFileException(file, line, "\"rank\" must be a positive integer");
        JsonNode name = n.get("name");
        if (name == null || !name.isTextual()) throw new DetectionFileException(file, line, "\"name\" is missing or not a string");
        JsonNode listed = n.get("listed");
        if (listed == null || !listed.isBoolean()) throw new DetectionFileException(file, line, "\"listed\" must be true or false");
        Set<String> names = new LinkedHashSet<>();
        names.add(name.asText().strip());
        for (JsonNode a : n.path("aliases")) if (a.isTextual()) names.add(a.asText().strip());
        Set<String> entities = new LinkedHashSet<>();
        for (JsonNode m : n.path("list_matches")) if (m.path("entity_id").isTextual()) entities.add(m.path("entity_id").asText());
        List<String> records = new ArrayList<>();
        for (JsonNode x : n.path("record_ids")) if (x.isTextual()) records.add(x.asText());
        return new Finding(line, rank.asLong(), name.asText().strip(), n.path("country").asText("").strip(), names, listed.asBoolean(), entities, records);
    }
}
