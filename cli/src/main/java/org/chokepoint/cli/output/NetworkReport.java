package org.chokepoint.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.detect.DetectionResult;
import org.chokepoint.detect.network.GraphFormat;
import org.chokepoint.detect.network.TradeNetwork;
import org.chokepoint.detect.rank.RiskModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code chokepoint network} prints, read back from the files the run wrote (so what is printed is what
 * is in the files): the graph's size, the communities with listed or flagged members, the top designation
 * candidates with their sentence, and the files.
 */
public final class NetworkReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkReport() {}

    public static void text(PrintWriter out, DetectionResult r, Set<GraphFormat> formats, int top) throws IOException {
        Path dir = r.outDir();
        JsonNode c = JSON.readTree(dir.resolve(TradeNetwork.COMMUNITIES).toFile());
        JsonNode g = c.get("graph");
        out.printf("read %,d records (%,d rejected); %,d parties, %,d listed; %.1f s%n", r.read(), r.rejected(), r.parties(), r.listedParties(),
                r.total().toMillis() / 1000.0);
        out.printf("graph: %,d nodes, %,d edges (%,d trading pairs); exported: %s, %,d nodes, %,d edges%n", g.get("nodes").asInt(),
                g.get("edges").asInt(), g.get("trade_edges").asInt(), g.get("export_scope").asText(), g.get("exported_nodes").asInt(),
                g.get("exported_edges").asInt());
        out.println();
        out.printf("communities with a listed or flagged member: %,d of %,d%n", c.get("reported").asInt(), c.get("communities").asInt());
        int shown = 0;
        for (JsonNode k : c.get("items")) {
            if (shown++ >= top) break;
            out.printf("%3d. %,d parties, %d listed, %d flagged; %s traded inside, %s of it goods of concern; top risk %.2f%n", k.get("rank").asInt(),
                    k.get("size").asInt(), k.get("listed_members").size(), k.get("flagged_members").asInt(), RiskModel.money(k.get("value_usd").asDouble()),
                    RiskModel.money(k.get("chpl_value_usd").asDouble()), k.get("top_risk").asDouble());
            if (!k.get("listed_members").isEmpty()) out.println("     listed: " + names(k.get("listed_members"), 5));
            out.println("     members: " + names(k.get("members"), 6));
        }
        out.println();
        List<JsonNode> candidates = new ArrayList<>();
        long total = 0;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve(TradeNetwork.CANDIDATES))) {
            // One pass: every line is counted, only the first `top` are parsed.
            for (String l; (l = in.readLine()) != null; total++) if (candidates.size() < top) candidates.add(JSON.readTree(l));
        }
        out.printf("designation candidates (unlisted parties sending goods towards listed ones): %,d%n", total);
        for (JsonNode k : candidates) {
            JsonNode p = k.get("party");
            out.printf("%3d. risk %.2f  %s (%s), %d %s from a listed party%n", k.get("rank").asInt(), p.get("risk").asDouble(), p.get("name").asText(),
                    p.get("country").asText(), k.get("hops_to_listed").asInt(), k.get("hops_to_listed").asInt() == 1 ? "hop" : "hops");
            out.println("     " + k.get("explanation").asText());
        }
        out.println();
        List<String> files = new ArrayList<>();
        for (GraphFormat f : GraphFormat.values()) if (formats.contains(f)) files.add(f.fileName());
        files.addAll(List.of(TradeNetwork.COMMUNITIES, TradeNetwork.SUPPLY_PATHS, TradeNetwork.CANDIDATES, "parties.jsonl", "report.html"));
        out.println("network: " + dir.toAbsolutePath().normalize() + " (" + String.join(", ", files) + ")");
    }

    private static String names(JsonNode parties, int max) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : parties) {
            if (out.size() == max) {
                out.add("...");
                break;
            }
            out.add(p.get("name").asText() + " (" + p.get("country").asText() + ")");
        }
        return String.join(", ", out);
    }
}
