package org.chokepoint.network.export;

import org.chokepoint.network.graph.GraphNode;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SupplyGraph} as GEXF 1.3 for Gephi: a static directed graph, nodes labelled by name,
 * edges weighted (trade value, ownership percent, match score) and typed by relation in an attribute.
 * Pure; thread-safe.
 */
public final class GexfWriter {
    private GexfWriter() {}

    public static void write(SupplyGraph g, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
        out.write("  <meta><creator>Chokepoint</creator><description>supply graph</description></meta>\n");
        out.write("  <graph mode=\"static\" defaultedgetype=\"directed\">\n");
        declare(out, "node", Attributes.NODE);
        declare(out, "edge", Attributes.EDGE);
        out.write("    <nodes>\n");
        for (GraphNode n : g.nodes().values()) {
            out.write("      <node id=\"" + Attributes.xml(n.key()) + "\" label=\"" + Attributes.xml(n.label()) + "\">\n");
            values(out, Attributes.NODE, Attributes.of(n));
            out.write("      </node>\n");
        }
        out.write("    </nodes>\n    <edges>\n");
        int i = 0;
        for (SupplyEdge e : g.edges()) {
            out.write("      <edge id=\"" + i++ + "\" source=\"" + Attributes.xml(e.source()) + "\" target=\"" + Attributes.xml(e.target())
                    + "\" weight=\"" + Attributes.text(e.weight()) + "\" label=\"" + e.relation().label() + "\">\n");
            values(out, Attributes.EDGE, Attributes.of(e));
            out.write("      </edge>\n");
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n");
        out.flush();
    }

    private static void declare(Writer out, String kind, List<Attributes.Key> keys) throws IOException {
        out.write("    <attributes class=\"" + kind + "\">\n");
        for (int i = 0; i < keys.size(); i++) {
            out.write("      <attribute id=\"" + i + "\" title=\"" + keys.get(i).name() + "\" type=\"" + keys.get(i).type() + "\"/>\n");
        }
        out.write("    </attributes>\n");
    }

    private static void values(Writer out, List<Attributes.Key> keys, Map<String, Object> attributes) throws IOException {
        out.write("        <attvalues>\n");
        for (int i = 0; i < keys.size(); i++) {
            Object v = attributes.get(keys.get(i).name());
            if (v != null) out.write("          <attvalue for=\"" + i + "\" value=\"" + Attributes.xml(Attributes.text(v)) + "\"/>\n");
        }
        out.write("        </attvalues>\n");
    }
}
