package org.chokepoint.server.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Lines files of a {@code detect} run (parties.jsonl, shipments.jsonl, supply_paths.jsonl, ...):
 * one JSON object per line, blank lines skipped, each kept with its file name and line number so that a
 * later check can say where a field is wrong.
 */
public final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One object and where it stood. */
    public record Line(String file, long number, JsonNode node) {}

    private JsonLines() {}

    /** Every object of the file, in order; a line that is not a JSON object fails with file and line. */
    public static List<Line> read(Path file) throws IOException, FindingsException {
        List<Line> out = new ArrayList<>();
        String name = file.getFileName().toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String s; (s = r.readLine()) != null; ) {
                n++;
                if (s.isBlank()) continue;
                JsonNode node;
                try {
                    node = JSON.readTree(s);
                } catch (JsonProcessingException e) {
                    throw new FindingsException(name, n, null, "not valid JSON: " + e.getOriginalMessage());
                }
                if (!node.isObject()) throw new FindingsException(name, n, null, "each line must be a JSON object");
                out.add(new Line(name, n, node));
            }
        }
        return out;
    }
}
