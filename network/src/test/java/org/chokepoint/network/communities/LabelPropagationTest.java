package org.chokepoint.network.communities;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link LabelPropagation} gives the very communities JGraphT's clustering gives with the same seed. */
class LabelPropagationTest {
    @ParameterizedTest(name = "{0} vertices, {1} edges, seed {2}")
    @CsvSource({
            "12, 14, 1", "30, 40, 2", "30, 90, 3", "200, 260, 4", "200, 600, 5", "200, 2000, 6",
            "1000, 1200, 7", "1000, 3000, 8", "3000, 4000, 9", "3000, 12000, 10", "500, 499, 11", "60, 1500, 12"})
    void sameCommunitiesAsJGraphT(int vertices, int edges, long seed) {
        Random r = new Random(seed * 7919);
        List<int[]> pairs = new ArrayList<>();
        // Groups of about 12 parties trading mostly among themselves, some sales across groups, and hubs (the
        // first vertices) drawn more often: several communities and many ties among labels.
        for (int i = 0; i < edges; i++) {
            int a = r.nextInt(5) == 0 ? r.nextInt(Math.max(1, vertices / 20)) : r.nextInt(vertices);
            int group = a / 12 * 12;
            int b = r.nextInt(6) == 0 ? r.nextInt(vertices) : Math.min(vertices - 1, group + r.nextInt(12));
            pairs.add(new int[] {a, b});
        }
        Graph<Integer, Object> g = GraphTypeBuilder.<Integer, Object>undirected().allowingMultipleEdges(false)
                .allowingSelfLoops(false).weighted(false).edgeSupplier(Object::new).buildGraph();
        Set<Integer> used = new java.util.TreeSet<>();
        for (int[] p : pairs) if (p[0] != p[1]) { used.add(p[0]); used.add(p[1]); }
        for (int v : used) g.addVertex(v);
        Map<Integer, Integer> number = new HashMap<>();
        List<List<Integer>> adjacent = new ArrayList<>();
        for (int v : used) { number.put(v, number.size()); adjacent.add(new ArrayList<>()); }
        for (int[] p : pairs) {
            if (p[0] == p[1] || g.containsEdge(p[0], p[1])) continue;
            g.addEdge(p[0], p[1]);
            adjacent.get(number.get(p[0])).add(number.get(p[1]));
            adjacent.get(number.get(p[1])).add(number.get(p[0]));
        }
        int[][] neighbours = adjacent.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);

        Set<Set<Integer>> expected = new HashSet<>();
        for (Set<Integer> c : new LabelPropagationClustering<>(g, TradeCommunities.MAX_ITERATIONS, new Random(seed)).getClustering()) {
            expected.add(Set.copyOf(c));
        }
        int[] community = LabelPropagation.communities(neighbours, TradeCommunities.MAX_ITERATIONS, new Random(seed));
        List<Integer> keys = new ArrayList<>(used);
        Map<Integer, Set<Integer>> byCommunity = new HashMap<>();
        for (int i = 0; i < community.length; i++) byCommunity.computeIfAbsent(community[i], c -> new HashSet<>()).add(keys.get(i));
        Set<Set<Integer>> actual = new HashSet<>();
        for (Set<Integer> c : byCommunity.values()) actual.add(Set.copyOf(c));

        assertThat(expected.size()).as("a graph with several communities").isGreaterThan(1);
        assertThat(actual).isEqualTo(expected);
    }
}
