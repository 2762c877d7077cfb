package org.chokepoint.detect.network;

import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.watchlist.OwnershipBlocks;
import org.chokepoint.network.communities.Community;
import org.chokepoint.network.communities.TradeCommunities;
import org.chokepoint.network.export.CytoscapeJsonWriter;
import org.chokepoint.network.export.GexfWriter;
import org.chokepoint.network.export.GraphMlWriter;
import org.chokepoint.network.graph.SupplyGraph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trade network of a detector run, written next to its findings. From the work database's {@code trade}
 * table (aggregated per seller and buyer), the parties and their ranking it builds the {@link SupplyGraph}
 * (parties, the listed entities they match, trade, list-match, shared-identifier and shared-address edges, and the
 * ownership path to each matched entity that is blocked by ownership)
 * and writes:
 * <ul>
 *   <li>{@code network.graphml}, {@code network.gexf}, {@code network.cyjs.json}: the graph (whole, or the part
 *       around listed and flagged parties when over the export limits; {@link NetworkSummary#wholeGraphExported});</li>
 *   <li>{@code network_index.json}: the {@code party_id} of each exported party node and the goods tier of each
 *       exported trade edge, which the exports do not carry ({@link NetworkIndex});</li>
 *   <li>{@code communities.json}: communities of trading parties with a listed or flagged member;</li>
 *   <li>{@code supply_paths.jsonl}: supplier chains to every listed end user;</li>
 *   <li>{@code designation_candidates.jsonl}: unlisted parties ranked by the goods of concern they send towards
 *       listed parties and their distance to them.</li>
 * </ul>
 * {@link #analyse} does the work and writes nothing; {@link #write(Path)} writes the files, each under a temporary
 * name moved into place. The graph lives in the heap: one node per party and one edge per trading pair that
 * involves goods of concern or a listed party. An analysis is immutable once built; its {@code write} is not
 * thread-safe. The static {@code write} methods do both, one call per run (the connection is not shared).
 */
public final class TradeNetwork {
    public static final String COMMUNITIES = "communities.json";
    public static final String SUPPLY_PATHS = "supply_paths.jsonl";
    public static final String CANDIDATES = "designation_candidates.jsonl";

    /** {@link #write(Connection, List, List, Path, NetworkSettings, OwnershipBlocks)} with {@link NetworkSettings#DEFAULTS} and no ownership paths. */
    public static NetworkSummary write(Connection conn, List<Party> parties, List<RankedParty> ranked, Path outDir) throws SQLException, IOException {
        return write(conn, parties, ranked, outDir, NetworkSettings.DEFAULTS, null);
    }

    /** {@link #write(Connection, List, List, Path, NetworkSettings, OwnershipBlocks)} with {@link NetworkSettings#DEFAULTS}. */
    public static NetworkSummary write(Connection conn, List<Party> parties, List<RankedParty> ranked, Path outDir, OwnershipBlocks ownership)
            throws SQLException, IOException {
        return write(conn, parties, ranked, outDir, NetworkSettings.DEFAULTS, ownership);
    }

    /** {@link #write(Connection, List, List, Path, NetworkSettings, OwnershipBlocks)} with no ownership paths. */
    public static NetworkSummary write(Connection conn, List<Party> parties, List<RankedParty> ranked, Path outDir, NetworkSettings settings)
            throws SQLException, IOException {
        return write(conn, parties, ranked, outDir, settings, null);
    }

    /**
     * Builds the graph and writes the network files into {@code outDir} (which must exist): {@link #analyse}
     * then {@link #write(Path)}.
     *
     * @param conn    the detector's work database, holding the {@code trade} table ({@code flags.TradeTables})
     * @param parties every resolved party, numbered from 0
     * @param ranked  the ranking of every party
     * @param ownership entities blocked by ownership: the ownership path to each one a party matches becomes ownership
     *                  edges between listed-entity nodes; null for none
     * @throws IllegalArgumentException when a party is missing from the ranking
     */
    public static NetworkSummary write(Connection conn, List<Party> parties, List<RankedParty> ranked, Path outDir, NetworkSettings settings,
                                       OwnershipBlocks ownership) throws SQLException, IOException {
        return analyse(conn, parties, ranked, settings, ownership).write(outDir);
    }

    private final NetworkSettings settings;
    private final GraphParts parts;
    private final SupplyGraph whole;
    private final List<Community> communities;
    private final List<CommunityReport.Reported> reported;
    private final List<SupplyPathReport.EndUser> paths;
    private final List<DesignationCandidates.Candidate> candidates;
    private final Map<String, Duration> stages;

    private TradeNetwork(NetworkSettings settings, GraphParts parts, SupplyGraph whole, List<Community> communities,
                         List<CommunityReport.Reported> reported, List<SupplyPathReport.EndUser> paths,
                         List<DesignationCandidates.Candidate> candidates, Map<String, Duration> stages) {
        this.settings = settings;
        this.parts = parts;
        this.whole = whole;
        this.communities = communities;
        this.reported = reported;
        this.paths = paths;
        this.candidates = candidates;
        this.stages = stages;
    }

    /** {@link #analyse(Connection, List, List, NetworkSettings, OwnershipBlocks)} with {@link NetworkSettings#DEFAULTS}. */
    public static TradeNetwork analyse(Connection conn, List<Party> parties, List<RankedParty> ranked, OwnershipBlocks ownership)
            throws SQLException {
        return analyse(conn, parties, ranked, NetworkSettings.DEFAULTS, ownership);
    }

    /**
     * The analysis without writing anything: reads the trade, builds the graph, finds the communities, the
     * supplier chains to every listed end user (on a thread of the common pool, alongside) and the designation
     * candidates. Writing the files ({@link #write(Path)}, which also chooses the part of the graph to export) is
     * apart, so that a run can time the two apart.
     *
     * @param conn    the detector's work database, holding the {@code trade} table ({@code flags.TradeTables})
     * @param parties every resolved party, numbered from 0
     * @param ranked  the ranking of every party
     * @param ownership entities blocked by ownership (their paths become ownership edges); null for none
     * @throws IllegalArgumentException when a party is missing from the ranking
     */
    public static TradeNetwork analyse(Connection conn, List<Party> parties, List<RankedParty> ranked, NetworkSettings settings,
                                       OwnershipBlocks ownership) throws SQLException {
        return analyse(readTrade(conn, parties), parties, ranked, settings, ownership);
    }

    /**
     * The trade per seller and buyer that the network keeps, read from the work database's {@code trade} table ahead of the
     * analysis: it needs the parties' list matches, not their ranking, so a run reads it on another connection while it
     * ranks. Immutable; thread-safe.
     */
    public static final class Trade {
        private final GraphParts.Trade read;

        private Trade(GraphParts.Trade read) {
            this.read = read;
        }
    }

    /**
     * Reads the trade that {@link #analyse(Trade, List, List, NetworkSettings, OwnershipBlocks)} builds the graph from.
     *
     * @param conn    the detector's work database, holding the {@code trade} table; a temporary table of this call is left on it
     * @param parties every resolved party, numbered from 0, with its list matches
     * @throws IllegalArgumentException when a party number is outside {@code [0, parties.size())}
     */
    public static Trade readTrade(Connection conn, List<Party> parties) throws SQLException {
        return new Trade(GraphParts.readTrade(conn, parties));
    }

    /** {@link #analyse(Trade, List, List, NetworkSettings, OwnershipBlocks)} with {@link NetworkSettings#DEFAULTS}. */
    public static TradeNetwork analyse(Trade trade, List<Party> parties, List<RankedParty> ranked, OwnershipBlocks ownership) {
        return analyse(trade, parties, ranked, NetworkSettings.DEFAULTS, ownership);
    }

    /**
     * As {@link #analyse(Connection, List, List, NetworkSettings, OwnershipBlocks)} with the trade read already
     * ({@link #readTrade}, from the same parties).
     */
    public static TradeNetwork analyse(Trade trade, List<Party> parties, List<RankedParty> ranked, NetworkSettings settings,
                                       OwnershipBlocks ownership) {
        Map<String, Duration> stages = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        GraphParts parts = GraphParts.of(trade.read, parties, ranked, settings.sharedGroupLimit(), ownership);
        SupplyGraph whole = parts.build(k -> true);
        t0 = lap(stages, "graph", t0);

        // The designation candidates and the supplier chains are handed to the common pool while this thread finds the
        // communities, then this thread runs whichever of the two no worker has taken: pure functions of a graph that no
        // longer changes, so the results do not depend on who runs what. The candidates ran on this thread after the
        // communities, a third of the analysis, while the pool's one worker on two cores ended the chains and idled (JFR
        // samples, 1M records).
        java.util.concurrent.FutureTask<List<DesignationCandidates.Candidate>> ranking = new java.util.concurrent.FutureTask<>(
                () -> DesignationCandidates.rank(whole, parts, settings.candidateHops()));
        java.util.concurrent.FutureTask<List<SupplyPathReport.EndUser>> chains = new java.util.concurrent.FutureTask<>(
                () -> SupplyPathReport.find(whole, parts, settings.pathHops(), settings.pathsPerEndUser()));
        java.util.concurrent.ForkJoinPool.commonPool().execute(ranking);
        java.util.concurrent.ForkJoinPool.commonPool().execute(chains);
        List<Community> communities = TradeCommunities.find(whole, 2);
        List<CommunityReport.Reported> reported = CommunityReport.select(whole, parts, communities);
        t0 = lap(stages, "communities", t0);
        // A task already taken by a worker does not run again (FutureTask.run); the chains first, as a worker takes the
        // candidates first.
        chains.run();
        ranking.run();
        List<DesignationCandidates.Candidate> candidates = result(ranking);
        t0 = lap(stages, "designation candidates", t0);
        List<SupplyPathReport.EndUser> paths = result(chains);
        lap(stages, "supply paths (waited for)", t0);
        return new TradeNetwork(settings, parts, whole, communities, reported, paths, candidates, stages);
    }

    /** The result of a task of the analysis; its failure thrown as it was. */
    private static <T> T result(java.util.concurrent.FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing the network", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException("network analysis failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Writes the network files of this analysis into {@code outDir} (which must exist); each under a temporary
     * name, moved into place. Not thread-safe: one call at a time.
     *
     * @return what was built and written, with the time of each step of the analysis and of the writing
     */
    public NetworkSummary write(Path outDir) throws IOException {
        Map<String, Duration> all = new LinkedHashMap<>(stages);
        List<String> files = new ArrayList<>();
        long t0 = System.nanoTime();
        // The part of the graph exported is chosen here: only the exports need it.
        SupplyGraph exported = ExportScope.choose(whole, parts, settings.exportNodeLimit(), settings.exportEdgeLimit());
        CommunityReport.GraphSize size = new CommunityReport.GraphSize(whole.nodes().size(), whole.edgeCount(), parts.tradeCount(),
                exported.nodes().size(), exported.edgeCount(), exported == whole);
        t0 = lap(all, "export scope", t0);
        for (GraphFormat f : settings.formats()) {
            export(exported, f, outDir.resolve(f.fileName()));
            files.add(f.fileName());
        }
        NetworkIndex.write(outDir.resolve(NetworkIndex.FILE), exported, parts, exported == whole);
        files.add(NetworkIndex.FILE);
        CommunityReport.write(outDir.resolve(COMMUNITIES), size, reported, communities.size(), settings.communityMembers());
        files.add(COMMUNITIES);
        SupplyPathReport.Counts counts = SupplyPathReport.write(outDir.resolve(SUPPLY_PATHS), whole, parts, paths);
        files.add(SUPPLY_PATHS);
        DesignationCandidates.write(outDir.resolve(CANDIDATES), candidates, parts);
        files.add(CANDIDATES);
        lap(all, "write files", t0);
        return new NetworkSummary(size.nodes(), size.edges(), size.tradeEdges(), size.exportedNodes(), size.exportedEdges(), size.whole(),
                communities.size(), reported.size(), counts.endUsers(), counts.paths(), candidates.size(), files, all);
    }

    private static long lap(Map<String, Duration> stages, String name, long t0) {
        long now = System.nanoTime();
        stages.put(name, Duration.ofNanos(now - t0));
        return now;
    }

    private static void export(SupplyGraph g, GraphFormat format, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            switch (format) {
                case GRAPHML -> GraphMlWriter.write(g, w);
                case GEXF -> GexfWriter.write(g, w);
                case CYTOSCAPE -> CytoscapeJsonWriter.write(g, w);
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
