package org.chokepoint.lists.opensanctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.ListReader;
import org.chokepoint.lists.SourceFile;
import org.chokepoint.lists.TextLines;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * FollowTheMoney entities as JSON lines, one entity per line, the way OpenSanctions publishes its
 * datasets ({@code entities.ftm.json}). Parties (Person, Company, Organization, LegalEntity,
 * PublicBody, Vessel, Airplane) become entities; Ownership entities become {@link org.chokepoint.model.Ownership}s;
 * Address, Sanction, Identification and Passport entities are folded into the parties they name;
 * other schemas (Directorship, Family, ...) are counted in the warnings.
 *
 * <p>The file is streamed line by line (the full OpenSanctions export runs to gigabytes) with the
 * same checks as every list file. A line that is not valid JSON, or not an entity, is rejected with
 * its line number and the rest is read. Stateless and thread-safe.
 */
public final class FtmReader implements ListReader {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String source;

    /** Reads OpenSanctions data: entity ids {@code opensanctions:<id>}. */
    public FtmReader() {
        this(TargetsSimpleReader.SOURCE);
    }

    /** Reads FollowTheMoney data of another publisher under its own source id. */
    public FtmReader(String source) {
        if (source == null || !source.matches("[a-z0-9][a-z0-9_:-]*")) throw new IllegalArgumentException("bad source id: " + source);
        this.source = source;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String description() {
        return "FollowTheMoney entities as JSON lines (OpenSanctions entities.ftm.json)";
    }

    @Override
    public boolean recognises(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(path) || !(name.endsWith(".json") || name.endsWith(".jsonl"))) return false;
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
            if (head.startsWith("\uFEFF")) head = head.substring(1);
            int nl = head.indexOf('\n');
            String first = (nl >= 0 ? head.substring(0, nl) : head).strip();
            // The first line may be longer than what was read: look for the two keys, not for valid JSON.
            return first.startsWith("{") && first.contains("\"schema\"") && first.contains("\"properties\"");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ListLoad read(Path path) throws ListFormatException {
        FtmLoad load = new FtmLoad(source, path.getFileName().toString());
        SourceFile file;
        try (TextLines lines = TextLines.open(path)) {
            for (String text = lines.next(); text != null; text = lines.next()) {
                if (text.isBlank()) continue;
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (JsonProcessingException e) {
                    load.invalid(lines.lineNumber(), "invalid JSON: " + e.getOriginalMessage());
                    continue;
                }
                load.accept(node, text, lines.lineNumber());
            }
            file = lines.source();
        } catch (IOException e) {
            throw new ListFormatException(path.getFileName().toString(), 0, "cannot close: " + e.getMessage(), e);
        }
        return load.result(file);
    }
}
