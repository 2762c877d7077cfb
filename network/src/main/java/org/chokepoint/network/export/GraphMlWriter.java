package org.chokepoint.network.export;

import org.chokepoint.network.graph.GraphNode;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes a {@link SupplyGraph} as GraphML (directed; node and edge attributes declared as keys). Pure; thread-safe. */
public final class GraphMlWriter {
    private GraphMlWriter() {}

    public static void write(SupplyGraph g, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        keys(out, "node", "n_", Attributes.NODE);
        keys(out, "edge", "e_", Attributes.EDGE);
        out.write("  <graph id=\"supply\" edgedefault=\"directed\">\n");
        for (GraphNode n : g.nodes().values()) {
            out.write("    <node id=\"" + Attributes.xml(n.key()) + "\">\n");
            data(out, "n_", Attributes.of(n));
            out.write("    </node>\n");
        }
        int i = 0;
        for (SupplyEdge e : g.edges()) {
            out.write("    <edge id=\"e" + i++ + "\" source=\"" + Attributes.xml(e.source()) + "\" target=\"" + Attributes.xml(e.target()) + "\">\n");
            data(out, "e_", Attributes.of(e));
            out.write("    </edge>\n");
        }
        out.write("  </graph>\n</graphml>\n");
        out.flush();
    }

    private static void keys(Writer out, String domain, String prefix, List<Attributes.Key> keys) throws IOException {
        for (Attributes.Key k : keys) {
            out.write("  <key id=\"" + prefix + k.name() + "\" for=\"" + domain + "\" attr.name=\"" + k.name() + "\" attr.type=\"" + k.type() + "\"/>\n");
        }
    }

    private static void data(Writer out, String prefix, Map<String, Object> attributes) throws IOException {
        for (Map.Entry<String, Object> a : attributes.entrySet()) {
            out.write("      <data key=\"" + prefix + a.getKey() + "\">" + Attributes.xml(Attributes.text(a.getValue())) + "</data>\n");
        }
    }
}
