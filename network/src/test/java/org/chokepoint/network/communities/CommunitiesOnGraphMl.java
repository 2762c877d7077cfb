package org.chokepoint.network.communities;

import org.chokepoint.network.graph.PartyNode;
import org.chokepoint.network.graph.SupplyGraph;
import org.chokepoint.network.graph.TradeEdge;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares label propagation and Louvain on the trade edges of a GraphML export of {@code chokepoint
 * network} or {@code detect} ({@code network.graphml}): number of communities, the largest, modularity on
 * trade value, and the CPU time of this thread. A development tool in test scope, not a test.
 *
 * <pre>java -cp ... org.chokepoint.network.communities.CommunitiesOnGraphMl DIR/network.graphml</pre>
 */
public final class CommunitiesOnGraphMl {
    private CommunitiesOnGraphMl() {}

    public static void main(String[] args) throws Exception {
        SupplyGraph g = read(Path.of(args[0]));
        var bean = ManagementFactory.getThreadMXBean();
        for (String method : List.of("label-propagation", "louvain", "louvain-2", "louvain-4", "label-propagation", "louvain")) {
            long t0 = bean.getCurrentThreadCpuTime();
            List<Community> cs = switch (method) {
                case "louvain" -> LouvainCommunities.find(g, 1);
                case "louvain-2" -> LouvainCommunities.find(g, 1, 2);
                case "louvain-4" -> LouvainCommunities.find(g, 1, 4);
                default -> TradeCommunities.find(g, 1);
            };
            long cpu = bean.getCurrentThreadCpuTime() - t0;
            int largest = cs.isEmpty() ? 0 : cs.getFirst().members().size();
            long members = cs.stream().mapToLong(c -> c.members().size()).sum();
            long atLeast3 = cs.stream().filter(c -> c.members().size() >= 3).count();
            System.out.printf(Locale.ROOT, "%-18s communities %5d (of 3+: %4d), parties %6d, largest %5d, modularity %.3f, cpu %.2f s%n",
                    method, cs.size(), atLeast3, members, largest, LouvainCommunities.modularity(g, cs), cpu / 1e9);
        }
    }

    /** The parties ("p" + id) and trade edges of a GraphML export; other nodes and edges are skipped. */
    static SupplyGraph read(Path file) throws Exception {
        SupplyGraph.Builder b = SupplyGraph.builder();
        Map<String, String> data = new HashMap<>();
        String source = null, target = null, key = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "node", "edge" -> {
                            data.clear();
                            source = x.getAttributeValue(null, "source");
                            target = x.getAttributeValue(null, "target");
                            if (x.getLocalName().equals("node")) data.put("id", x.getAttributeValue(null, "id"));
                        }
                        case "data" -> {
                            key = x.getAttributeValue(null, "key");
                            text.setLength(0);
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && key != null) {
                    text.append(x.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "data" -> {
                            data.put(key, text.toString());
                            key = null;
                        }
                        case "node" -> {
                            String id = data.get("id");
                            if ("party".equals(data.get("n_kind")) && id.startsWith("p")) {
                                b.party(new PartyNode(Integer.parseInt(id.substring(1)), data.getOrDefault("n_label", ""), data.getOrDefault("n_country", ""),
                                        Boolean.parseBoolean(data.get("n_listed")), List.of(), 0));
                            }
                        }
                        case "edge" -> {
                            if ("trade".equals(data.get("e_relation")) && source.startsWith("p") && target.startsWith("p")) {
                                b.trade(new TradeEdge(Integer.parseInt(source.substring(1)), Integer.parseInt(target.substring(1)),
                                        Double.parseDouble(data.get("e_value_usd")), 1, 0, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1), Set.of()));
                            }
                        }
                        default -> { }
                    }
                }
            }
        }
        return b.build();
    }
}
