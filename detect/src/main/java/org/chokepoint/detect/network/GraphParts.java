package org.chokepoint.detect.network;

import org.chokepoint.detect.EncodedText;
import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.OwnershipBlocks;
import org.chokepoint.model.Ownership;
import org.chokepoint.network.graph.ListedNode;
import org.chokepoint.network.graph.PartyNode;
import org.chokepoint.network.graph.SupplyGraph;
import org.chokepoint.network.graph.TradeEdge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of a run's supply graph: parties with their rank, the trade per seller and buyer read from the
 * work database, list matches, and the identifiers and addresses parties share. Kept apart from the graph
 * so that the graph can be rebuilt over a subset of its nodes for export. Immutable after {@link #read};
 * thread-safe.
 */
final class GraphParts {
    /**
     * Concern label per trade edge (by identity: the graph keeps these very instances, and a pair of party
     * numbers hashes badly): the tier code ("1", "3.A") or "arms", "UAV", "aircraft parts" of its largest
     * consignment of concern.
     */
    private final Map<TradeEdge, String> concernLabels;
    private final Party[] parties;
    private final RankedParty[] ranked;
    private final List<TradeEdge> trades;
    private final List<Shared> shared;
    /** Entities blocked by ownership, for the ownership paths of matched entities; null when none were computed. */
    private final OwnershipBlocks ownership;

    /** Two parties that declared one identifier ({@code identifier}) or one address. */
    record Shared(int a, int b, boolean identifier, String detail) {}

    private GraphParts(Party[] parties, RankedParty[] ranked, List<TradeEdge> trades, Map<TradeEdge, String> concernLabels, List<Shared> shared,
                       OwnershipBlocks ownership) {
        this.ownership = ownership;
        this.parties = parties;
        this.ranked = ranked;
        this.trades = List.copyOf(trades);
        this.concernLabels = Collections.unmodifiableMap(concernLabels);
        this.shared = List.copyOf(shared);
    }

    /**
     * Reads the {@code trade} table (one query, aggregated per seller and buyer in DuckDB; pairs that traded
     * only ordinary goods and involve no listed party are left out) and links parties
     * that declared one identifier or address, unless more than {@code sharedGroupLimit} did.
     *
     * @param ownership the run's entities blocked by ownership (their paths become ownership edges), or null
     *
     * @throws IllegalArgumentException when a party number is outside {@code [0, parties.size())} or a party is not ranked
     */
    static GraphParts read(Connection conn, List<Party> parties, List<RankedParty> ranked, int sharedGroupLimit, OwnershipBlocks ownership)
            throws SQLException {
        byNumber(parties);
        return of(readTrade(conn, parties), parties, ranked, sharedGroupLimit, ownership);
    }

    /** What {@link #read} takes from the work database: the trade edges kept, in the graph's edge order, and their concern labels. */
    record Trade(List<TradeEdge> edges, Map<TradeEdge, String> labels) {}

    /**
     * {@link #read} with the trade already read ({@link #readTrade}, from the same parties' list matches).
     *
     * @throws IllegalArgumentException when a party number is outside {@code [0, parties.size())} or a party is not ranked
     */
    static GraphParts of(Trade trade, List<Party> parties, List<RankedParty> ranked, int sharedGroupLimit, OwnershipBlocks ownership) {
        Party[] byNumber = byNumber(parties);
        RankedParty[] rankOf = new RankedParty[byNumber.length];
        for (RankedParty r : ranked) rankOf[r.party().number()] = r;
        for (int i = 0; i < byNumber.length; i++) {
            if (byNumber[i] == null || rankOf[i] == null) throw new IllegalArgumentException("party number " + i + " missing from the parties or the ranking");
        }
        return new GraphParts(byNumber, rankOf, trade.edges(), trade.labels(), shared(byNumber, sharedGroupLimit), ownership);
    }

    private static Party[] byNumber(List<Party> parties) {
        Party[] byNumber = new Party[parties.size()];
        for (Party p : parties) {
            if (p.number() < 0 || p.number() >= byNumber.length) throw new IllegalArgumentException("party number " + p.number() + " outside [0, " + byNumber.length + ")");
            byNumber[p.number()] = p;
        }
        return byNumber;
    }

    /**
     * The trade per seller and buyer that the graph keeps (see {@link #read}), read from the {@code trade} table. It needs
     * the parties' list matches, not their ranking: a run reads it while it ranks. Uses a temporary table of its own on
     * {@code conn}.
     */
    static Trade readTrade(Connection conn, List<Party> parties) throws SQLException {
        Party[] byNumber = byNumber(parties);
        List<TradeEdge> trades = new ArrayList<>();
        Map<TradeEdge, String> labels = new IdentityHashMap<>();
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE graph_listed (party INTEGER)");
        }
        try (java.sql.PreparedStatement ps = conn.prepareStatement("INSERT INTO graph_listed VALUES (?)")) {
            for (Party p : byNumber) if (p.listed()) {
                ps.setInt(1, p.number());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // Pairs that traded only ordinary goods, neither of them listed, say nothing about the supply of goods
        // of concern and are most of the pairs in large data: left out, the graph stays small enough for memory
        // (ten million records hold millions of such pairs). The pairs kept are chosen first, by a cheap aggregate, so
        // that the costly one (exact sums, the set of HS-6 codes) reads only their records.
        String sql = """
                SELECT seller, buyer, sum(CAST(coalesce(value, 0) AS DECIMAL(38, 8)))::DOUBLE, count(*), sum(CAST(CASE WHEN concern THEN coalesce(value, 0) ELSE 0 END AS DECIMAL(38, 8)))::DOUBLE, min(day), max(day),
                       encode(array_to_string(list(DISTINCT hs6 ORDER BY hs6), chr(1))),
                       encode(arg_max(CASE WHEN hs6 LIKE '93%' THEN 'arms' WHEN hs6 LIKE '8806%' THEN 'UAV' WHEN hs6 LIKE '8807%' THEN 'aircraft parts'
                                    ELSE tier END, coalesce(value, 0)) FILTER (WHERE concern))
                FROM trade SEMI JOIN (SELECT seller, buyer FROM trade GROUP BY seller, buyer
                    HAVING bool_or(concern) OR seller IN (SELECT party FROM graph_listed) OR buyer IN (SELECT party FROM graph_listed)) kept
                  USING (seller, buyer)
                GROUP BY seller, buyer
                ORDER BY 'p' || seller, 'p' || buyer""";
        // In the graph's canonical edge order (node keys as strings), so that its sort has little to do. Values are
        // summed as decimals (exact, so in any order): a sum of doubles over DuckDB's threads varies in the last
        // bits from run to run, and the files with it.
        // The pairs grow with the records (a million and more at ten million records), their HS-6 codes, labels and days
        // with the goods and the calendar: each text, date and set of codes is kept once and shared, not once per pair
        // (the driver hands out a new String per cell). A pair's codes come as one text, joined in order by a byte no code
        // holds, made a set once per distinct text: the driver decoded each code of each pair on its own, with a
        // charset decoder each time, a fifth of this read (JFR samples, a million records). Both texts are read as their UTF-8
        // bytes ({@link EncodedText}): the driver's decoding of the rest was still a quarter of this read's samples.
        Map<String, String> texts = new java.util.HashMap<>();
        Map<Integer, LocalDate> days = new java.util.HashMap<>();
        Map<String, Set<String>> codeSets = new java.util.HashMap<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                int seller = rs.getInt(1), buyer = rs.getInt(2);
                double value = rs.getDouble(3);
                // Null when the pair's codes are all null: no code, as those were left out.
                String codes = EncodedText.of(rs, 8);
                Set<String> hs6 = codes == null ? Set.of() : codeSets.computeIfAbsent(codes, c -> codeSet(c, texts));
                // Summed separately, the part can exceed the whole by a rounding error.
                TradeEdge t = new TradeEdge(seller, buyer, value, rs.getLong(4), Math.min(value, rs.getDouble(5)),
                        days.computeIfAbsent(rs.getInt(6), LocalDate::ofEpochDay), days.computeIfAbsent(rs.getInt(7), LocalDate::ofEpochDay), hs6);
                trades.add(t);
                String label = EncodedText.of(rs, 9);
                if (label != null) labels.put(t, texts.computeIfAbsent(label, x -> x));
            }
        }
        return new Trade(trades, labels);
    }

    /** The set of the codes of a pair, joined in order by the character 1 ({@code chr(1)}); each code text kept once in {@code texts}. */
    private static Set<String> codeSet(String joined, Map<String, String> texts) {
        Set<String> read = new TreeSet<>();
        for (String code : joined.split("\u0001", -1)) read.add(texts.computeIfAbsent(code, x -> x));
        return Set.copyOf(read);
    }

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}");
    /** Compiled once: {@code String.replaceAll} compiled its pattern again for every address and identifier of every party. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]"), NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Parties linked by a declared identifier (its longest run of 6+ digits, else its letters and digits) or address. */
    private static List<Shared> shared(Party[] parties, int limit) {
        Map<String, Set<Integer>> byId = new TreeMap<>(), byAddress = new TreeMap<>();
        for (Party p : parties) {
            for (String id : p.identifiers()) {
                String key = identifierKey(id);
                if (key.length() >= 5) byId.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p.number());
            }
            for (String a : p.addresses()) {
                String key = NOT_LETTERS_OR_DIGITS.matcher(a.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
                if (key.length() >= 10) byAddress.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p.number());
            }
        }
        List<Shared> out = new ArrayList<>();
        Set<Long> linked = new java.util.HashSet<>();
        groups(byId, limit, true, linked, out);
        linked.clear();
        groups(byAddress, limit, false, linked, out);
        return out;
    }

    private static void groups(Map<String, Set<Integer>> groups, int limit, boolean identifier, Set<Long> linked, List<Shared> out) {
        for (Map.Entry<String, Set<Integer>> g : groups.entrySet()) {
            if (g.getValue().size() < 2 || g.getValue().size() > limit) continue;
            int[] members = g.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    if (linked.add(pair(members[i], members[j]))) out.add(new Shared(members[i], members[j], identifier, g.getKey()));
                }
            }
        }
    }

    static String identifierKey(String declared) {
        Matcher m = LONG_NUMBER.matcher(declared);
        String best = "";
        while (m.find()) if (m.group().length() > best.length()) best = m.group();
        return best.isEmpty() ? NOT_LETTER_OR_DIGIT.matcher(declared.toUpperCase(Locale.ROOT)).replaceAll("") : best;
    }

    static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** The graph over the nodes {@code keep} accepts (party keys "p12", listed entity ids); edges need both ends kept. */
    SupplyGraph build(Predicate<String> keep) {
        SupplyGraph.Builder b = SupplyGraph.builder();
        Set<String> steps = new java.util.HashSet<>();
        for (Party p : parties) {
            String key = PartyNode.key(p.number());
            if (!keep.test(key)) continue;
            b.party(new PartyNode(p.number(), p.name(), p.country(), p.listed(), p.hits().stream().map(ListedHit::entityId).distinct().sorted().toList(),
                    ranked[p.number()].risk()));
            for (ListedHit h : p.hits()) {
                if (!keep.test(h.entityId())) continue;
                b.listed(new ListedNode(h.entityId(), h.name(), ""));
            }
            Set<String> matched = new java.util.HashSet<>();
            for (ListedHit h : p.hits()) if (keep.test(h.entityId()) && matched.add(h.entityId())) b.listMatch(p.number(), h.entityId(), h.score());
            for (ListedHit h : p.hits()) ownershipPath(b, h.entityId(), keep, steps);
        }
        for (TradeEdge t : trades) if (keep.test(PartyNode.key(t.seller())) && keep.test(PartyNode.key(t.buyer()))) b.trade(t);
        for (Shared s : shared) {
            if (!keep.test(PartyNode.key(s.a())) || !keep.test(PartyNode.key(s.b()))) continue;
            if (s.identifier()) b.sharedIdentifier(s.a(), s.b(), s.detail());
            else b.sharedAddress(s.a(), s.b(), s.detail());
        }
        return b.build();
    }

    /**
     * The ownership path from a listed entity to a matched entity blocked by ownership: its owners become listed-entity
     * nodes and each step an ownership edge (owner → asset, the percent, role "ownership" or "control"), once per step.
     */
    private void ownershipPath(SupplyGraph.Builder b, String entityId, Predicate<String> keep, Set<String> added) {
        if (ownership == null) return;
        for (OwnershipBlocks.Step s : ownership.path(entityId)) {
            if (!keep.test(s.ownerId()) || !keep.test(s.assetId()) || !added.add(s.ownerId() + '\u0000' + s.assetId())) continue;
            b.listed(new ListedNode(s.ownerId(), ownership.name(s.ownerId()), ""));
            b.listed(new ListedNode(s.assetId(), ownership.name(s.assetId()), ""));
            Double percent = s.percent() > 0 ? Math.min(100, s.percent()) : null;
            b.ownership(new Ownership(String.join("+", s.relationIds()), s.ownerId(), s.assetId(), percent,
                    s.percent() > 0 ? (s.control() ? "ownership and control" : "ownership") : "control"), s.ownerId(), s.assetId());
        }
    }

    /** The owners along the ownership path to a matched entity, listed owner first; empty when it is not blocked by ownership. */
    List<String> ownersOf(String entityId) {
        return ownership == null ? List.of() : ownership.path(entityId).stream().map(OwnershipBlocks.Step::ownerId).toList();
    }

    Party party(int number) {
        return parties[number];
    }

    RankedParty ranked(int number) {
        return ranked[number];
    }

    /** The party behind a node key "p12", or null for a listed entity's key. */
    Party partyOf(String key) {
        if (!key.startsWith("p")) return null;
        try {
            int n = Integer.parseInt(key, 1, key.length(), 10);
            return n >= 0 && n < parties.length ? parties[n] : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The concern label of a trade edge of this graph, or null when none of it is of concern. */
    String concernLabel(TradeEdge t) {
        return concernLabels.get(t);
    }

    int tradeCount() {
        return trades.size();
    }

    /** Party numbers in rank order, highest risk first. */
    int[] rankOrder() {
        int[] order = new int[parties.length];
        RankedParty[] sorted = Arrays.copyOf(ranked, ranked.length);
        Arrays.sort(sorted, java.util.Comparator.comparingInt(RankedParty::rank));
        for (int i = 0; i < sorted.length; i++) order[i] = sorted[i].party().number();
        return order;
    }
}
