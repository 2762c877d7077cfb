package org.chokepoint.network.communities;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Label propagation (Raghavan et al. 2007) computed exactly as JGraphT 1.5's {@code LabelPropagationClustering}
 * does, over arrays of vertex numbers instead of a generic graph: the same visiting order (a fresh list in
 * vertex order shuffled each round), the same random draws (one per vertex visited, even when only one label
 * leads), the same tie breaks (the leading labels in the order a {@code HashMap} of label strings yields
 * them), the same stopping rule and the same splitting of a label into connected groups. So a seeded run gives
 * the very communities JGraphT gives; it is several times faster because it neither looks edges up in hash
 * maps nor builds a map per vertex when one label leads. Stateless; thread-safe.
 */
final class LabelPropagation {
    private LabelPropagation() {}

    /**
     * @param neighbours    for each vertex (numbered in the graph's vertex order), the other ends of its edges in
     *                      the order the edges were added; an undirected simple graph without self-loops, every
     *                      vertex with at least one edge
     * @param maxIterations rounds at most after the first (0: no limit), as JGraphT counts them
     * @return for each vertex, its community number (communities are connected)
     * @throws IllegalArgumentException when a vertex has no edge (JGraphT fails on it too)
     */
    static int[] communities(int[][] neighbours, int maxIterations, Random rng) {
        int n = neighbours.length;
        for (int[] a : neighbours) if (a.length == 0) throw new IllegalArgumentException("a vertex without edges");
        int[] label = new int[n];
        for (int v = 0; v < n; v++) label[v] = v;
        int[] count = new int[n];
        String[] names = new String[n];
        int iteration = 0;
        while (maxIterations <= 0 || iteration <= maxIterations) {
            List<Integer> order = new ArrayList<>(n);
            for (int v = 0; v < n; v++) order.add(v);
            Collections.shuffle(order, rng);
            boolean changed = false;
            for (int v : order) {
                int next = leading(v, neighbours, label, count, names, rng);
                if (next != label[v]) {
                    label[v] = next;
                    changed = true;
                }
            }
            if (!changed || settled(neighbours, label, count)) break;
            iteration++;
        }
        return groups(neighbours, label);
    }

    /** The label most neighbours of v carry; among several, the one JGraphT's draw picks. */
    private static int leading(int v, int[][] neighbours, int[] label, int[] count, String[] names, Random rng) {
        int max = 0;
        for (int u : neighbours[v]) max = Math.max(max, ++count[label[u]]);
        int leaders = 0, leader = -1;
        for (int u : neighbours[v]) {
            int l = label[u];
            if (count[l] == max) {
                leaders++;
                leader = l;
                count[l] = -1; // counted once
            }
        }
        for (int u : neighbours[v]) count[label[u]] = 0;
        if (leaders == 1) {
            rng.nextInt(1); // JGraphT draws among the one leader too; the sequence of draws must stay the same
            return leader;
        }
        // Ties: JGraphT lists the leading labels in the iteration order of a HashMap keyed by their strings.
        Map<String, Integer> counts = new HashMap<>();
        for (int u : neighbours[v]) {
            String key = name(label[u], names);
            counts.put(key, counts.getOrDefault(key, 0) + 1);
        }
        List<String> tied = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() == max) tied.add(e.getKey());
        return Integer.parseInt(tied.get(rng.nextInt(tied.size())));
    }

    private static String name(int label, String[] names) {
        String s = names[label];
        if (s == null) names[label] = s = String.valueOf(label);
        return s;
    }

    /** JGraphT's stopping rule: no vertex has a neighbour whose label is more frequent around it than its own. */
    private static boolean settled(int[][] neighbours, int[] label, int[] count) {
        for (int v = 0; v < neighbours.length; v++) {
            for (int u : neighbours[v]) count[label[u]]++;
            int own = count[label[v]];
            boolean ok = true;
            for (int u : neighbours[v]) if (own < count[label[u]]) ok = false;
            for (int u : neighbours[v]) count[label[u]] = 0;
            if (!ok) return false;
        }
        return true;
    }

    /** Connected groups of one label (two groups may have come to carry the same label). */
    private static int[] groups(int[][] neighbours, int[] label) {
        int n = neighbours.length;
        int[] group = new int[n];
        java.util.Arrays.fill(group, -1);
        int next = 0;
        ArrayDeque<Integer> frontier = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            if (group[v] >= 0) continue;
            group[v] = next;
            frontier.add(v);
            while (!frontier.isEmpty()) {
                int u = frontier.poll();
                for (int w : neighbours[u]) {
                    if (label[w] != label[u] || group[w] >= 0) continue;
                    group[w] = next;
                    frontier.add(w);
                }
            }
            next++;
        }
        return group;
    }
}
