package org.chokepoint.detect.network;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.rank.FlagSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A JSON or JSON Lines file of the network output, written under a temporary name and moved into place
 * on {@link #close} once the writer said it is {@link #complete}, so a reader never sees half a file: a
 * write that fails midway (an exception out of the try block) deletes the temporary file and leaves an
 * earlier file of the name as it was. Plus the one way a party is written in all of them. Not thread-safe.
 */
final class JsonFile implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path target;
    private final Path part;
    private final OutputStream out;
    private final JsonGenerator g;
    private boolean complete;

    JsonFile(Path target) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        this.out = Files.newOutputStream(part);
        this.g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new MinimalPrettyPrinter(""));
    }

    JsonGenerator json() {
        return g;
    }

    /** Ends a line of a JSON Lines file. */
    void endLine() throws IOException {
        g.writeRaw('\n');
    }

    /** Says everything was written: {@link #close} then moves the file into place. */
    void complete() {
        complete = true;
    }

    @Override
    public void close() throws IOException {
        try {
            g.close();
            out.close();
        } finally {
            if (complete) Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            else Files.deleteIfExists(part);
        }
    }

    /** A party as every network file names it: id, name, country, listed, risk, findings rank, red-flag rules. */
    static void party(JsonGenerator g, RankedParty r) throws IOException {
        Party p = r.party();
        g.writeStartObject();
        g.writeStringField("party_id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("country", p.country());
        g.writeBooleanField("listed", p.listed());
        if (p.listed()) strings(g, "list_matches", p.hits().stream().map(h -> h.entityId()).distinct().toList());
        g.writeNumberField("risk", r.risk());
        g.writeNumberField("findings_rank", r.rank());
        strings(g, "red_flags", r.flags().stream().map(FlagSummary::rule).toList());
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    /** US dollars to the cent, so sums of doubles print as amounts. */
    static double usd(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
