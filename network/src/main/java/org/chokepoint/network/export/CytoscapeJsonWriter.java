package org.chokepoint.network.export;

import org.chokepoint.network.graph.GraphNode;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes a {@link SupplyGraph} as Cytoscape.js elements JSON: {@code {"elements":{"nodes":[{"data":{"id":..}}],
 * "edges":[{"data":{"id":..,"source":..,"target":..}}]}}}, which {@code cytoscape({elements: ...})} and
 * Cytoscape desktop (File, Import, Network from File, Cytoscape.js JSON) read. One element per line.
 * Pure; thread-safe.
 */
public final class CytoscapeJsonWriter {
    private CytoscapeJsonWriter() {}

    public static void write(SupplyGraph g, Writer out) throws IOException {
        out.write("{\"elements\":{\"nodes\":[\n");
        boolean first = true;
        for (GraphNode n : g.nodes().values()) {
            if (!first) out.write(",\n");
            first = false;
            out.write("{\"data\":{\"id\":" + Attributes.json(n.key()));
            fields(out, Attributes.of(n));
            out.write("}}");
        }
        out.write("\n],\"edges\":[\n");
        first = true;
        int i = 0;
        for (SupplyEdge e : g.edges()) {
            if (!first) out.write(",\n");
            first = false;
            out.write("{\"data\":{\"id\":\"e" + i++ + "\",\"source\":" + Attributes.json(e.source()) + ",\"target\":" + Attributes.json(e.target()));
            fields(out, Attributes.of(e));
            out.write("}}");
        }
        out.write("\n]}}\n");
        out.flush();
    }

    private static void fields(Writer out, Map<String, Object> attributes) throws IOException {
        for (Map.Entry<String, Object> a : attributes.entrySet()) {
            Object v = a.getValue();
            String value = v instanceof String s ? Attributes.json(s) : Attributes.text(v);
            out.write("," + Attributes.json(a.getKey()) + ":" + value);
        }
    }
}
