package org.chokepoint.detect.network;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link TradeNetwork#write} built and wrote, for summary.json and the command line.
 *
 * @param nodes               nodes of the whole graph (parties and listed entities)
 * @param edges               edges of the whole graph
 * @param tradeEdges          the trade edges among them (one per seller and buyer)
 * @param exportedNodes       nodes in the graph exports
 * @param exportedEdges       edges in the graph exports
 * @param wholeGraphExported  false when the graph was over the export limits and only the part around listed
 *                            and flagged parties was exported
 * @param communities         communities of two or more trading parties
 * @param reportedCommunities those with a listed or flagged member, written to communities.json
 * @param endUsers            listed parties that bought something
 * @param supplyPaths         supplier chains written to supply_paths.jsonl
 * @param candidates          unlisted parties written to designation_candidates.jsonl
 * @param files               the files written, in writing order
 * @param stages              how long each step took, in order
 */
public record NetworkSummary(int nodes, int edges, int tradeEdges, int exportedNodes, int exportedEdges, boolean wholeGraphExported,
                             int communities, int reportedCommunities, int endUsers, int supplyPaths, int candidates, List<String> files,
                             Map<String, Duration> stages) {
    public NetworkSummary {
        files = List.copyOf(files);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }
}
