package org.chokepoint.server.network;

import org.chokepoint.server.findings.Findings;
import org.chokepoint.server.findings.FindingsReader;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: a measurement of the network views on a synthetic export at detect's export limit (5,000 nodes,
 * 50,000 trade edges; sellers drawn from a Pareto law so a few parties have thousands of partners), in CPU time
 * of the calling thread, so that other load on the machine does not count. Run:
 * <pre>
 * ./mvnw -q -B -o test-compile -pl server -am &amp;&amp; ./mvnw -q -B -o package -pl cli -am -DskipTests
 * java -cp 'server/target/test-classes:cli/target/lib/*' org.chokepoint.server.network.NetworkViewMeasure [nodes] [edges]
 * </pre>
 */
public final class NetworkViewMeasure {
    private NetworkViewMeasure() {}

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5000, edges = args.length > 1 ? Integer.parseInt(args[1]) : 50000;
        Path dir = Files.createTempDirectory("cp-network-measure");
        write(dir, nodes, edges, new Random(7));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Findings f = FindingsReader.read(dir);
        for (int round = 1; round <= 3; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            NetworkFindings net = NetworkReader.read(f);
            long c1 = mx.getCurrentThreadCpuTime();
            PartyNeighbourhood small = PartyNeighbourhood.around(net, "party-000001", 2, 150);
            long c2 = mx.getCurrentThreadCpuTime();
            PartyNeighbourhood big = PartyNeighbourhood.around(net, "party-000001", 3, 1000);
            long c3 = mx.getCurrentThreadCpuTime();
            int routes = HubFlows.routes(net, HubFlows.Measure.CONCERN).size();
            long c4 = mx.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d, %d nodes, %d edges: read %.0f ms; 2 hops cut to 150: %.1f ms (%d edges, %d in reach); "
                            + "3 hops cut to 1000: %.1f ms (%d edges); flows %.1f ms (%d routes)%n", round, net.nodes().size(), net.edges().size(),
                    (c1 - c0) / 1e6, (c2 - c1) / 1e6, small.edges().size(), small.total(), (c3 - c2) / 1e6, big.edges().size(), (c4 - c3) / 1e6, routes);
        }
    }

    private static void write(Path dir, int nodes, int edges, Random rnd) throws IOException {
        String[] countries = {"CN", "AE", "TR", "KZ", "HK", "DE", "US", "RU", "JP", "IN", "BY", "KG", "AM", "GE", "FR", "IT"};
        String[] tiers = {"1", "2", "3.A", "3.B", "4.A", "4.B", null, null};
        try (Writer p = Files.newBufferedWriter(dir.resolve("parties.jsonl"), StandardCharsets.UTF_8);
             Writer g = Files.newBufferedWriter(dir.resolve(NetworkReader.GRAPH), StandardCharsets.UTF_8);
             Writer x = Files.newBufferedWriter(dir.resolve(NetworkReader.INDEX), StandardCharsets.UTF_8)) {
            g.write("{\"elements\":{\"nodes\":[");
            x.write("{\"format\":\"chokepoint-network-index/1\",\"export_scope\":\"whole graph\",\"parties\":{");
            for (int i = 0; i < nodes; i++) {
                String id = String.format(Locale.ROOT, "party-%06d", i + 1), cc = countries[rnd.nextInt(countries.length)];
                double risk = Math.max(0, 1 - (double) i / nodes);
                p.write(String.format(Locale.ROOT, "{\"rank\":%d,\"party_id\":\"%s\",\"name\":\"Trader %d Ltd\",\"country\":\"%s\",\"record_ids\":[\"r%d\"],\"risk\":%.4f,\"listed\":%b}%n",
                        i + 1, id, i, cc, i, risk, i < 60));
                g.write((i > 0 ? "," : "") + String.format(Locale.ROOT, "{\"data\":{\"id\":\"p%d\",\"kind\":\"party\",\"label\":\"Trader %d Ltd\",\"country\":\"%s\",\"listed\":%b,\"risk\":%.4f}}",
                        i, i, cc, i < 60, risk));
                x.write((i > 0 ? "," : "") + "\"p" + i + "\":\"" + id + "\"");
            }
            g.write("],\"edges\":[");
            x.write("},\"trade_concern\":[");
            Set<Long> seen = new HashSet<>();
            boolean firstConcern = true;
            for (int e = 0; e < edges; ) {
                int a = (int) (Math.pow(1 - rnd.nextDouble(), -1 / 1.2)) % nodes, b = rnd.nextInt(nodes);
                if (a == b || !seen.add((long) a * nodes + b)) continue;
                double v = 1000 + rnd.nextDouble() * 1e6;
                String tier = tiers[rnd.nextInt(tiers.length)];
                g.write((e > 0 ? "," : "") + String.format(Locale.ROOT, "{\"data\":{\"id\":\"e%d\",\"source\":\"p%d\",\"target\":\"p%d\",\"relation\":\"trade\",\"weight\":%.2f,"
                        + "\"value_usd\":%.2f,\"shipments\":3,\"chpl_value_usd\":%.2f,\"hs6\":\"854231\"}}", e, a, b, v, v, tier == null ? 0 : v));
                if (tier != null) {
                    x.write((firstConcern ? "" : ",") + "{\"seller\":\"p" + a + "\",\"buyer\":\"p" + b + "\",\"concern\":\"" + tier + "\"}");
                    firstConcern = false;
                }
                e++;
            }
            g.write("]}}");
            x.write("],\"concern_labels\":{}}");
        }
    }
}
