package org.chokepoint.network.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Union-find over mentions under two constraints checked at the level of whole clusters, so that a chain
 * of merges cannot join what a direct comparison keeps apart:
 * <ul>
 *   <li>a cluster holds at most one value per identifier register: two clusters whose identifiers of one
 *       register differ never merge (A and C with different INNs stay apart even if B looks like both);</li>
 *   <li>two clusters with a cannot-link pair between them never merge.</li>
 * </ul>
 * Not thread-safe; used by one resolution at a time.
 */
final class ConstrainedClusters {
    private final int[] parent;
    private final int[] size;
    /**
     * Per root: its registers' values, as (register number &lt;&lt; 32 | value number), ascending: the registers and values
     * numbered once, so that the hundreds of thousands of tests of a run compare numbers in one walk, not maps.
     */
    private final long[][] registers;
    /** Per mention: its own registers' values, as {@link #registers} before any join; never changed. */
    private final long[][] declared;
    /** Per root: the mentions its members must not join (as numbers, not boxed: a run files hundreds of thousands). */
    private final List<Mentions> cannotLink;

    ConstrainedClusters(List<PreparedMention> mentions) {
        int n = mentions.size();
        parent = new int[n];
        size = new int[n];
        registers = new long[n][];
        cannotLink = new ArrayList<>(n);
        Map<String, Integer> registerIds = new HashMap<>(), valueIds = new HashMap<>();
        long[] none = new long[0];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            // The first value of each register the mention declares.
            Map<String, String> r = new HashMap<>(2);
            for (DeclaredIdentifier id : mentions.get(i).identifiers()) r.putIfAbsent(id.register(), id.value());
            long[] entries = r.isEmpty() ? none : new long[r.size()];
            int k = 0;
            for (Map.Entry<String, String> e : r.entrySet()) {
                long register = registerIds.computeIfAbsent(e.getKey(), x -> registerIds.size());
                long value = valueIds.computeIfAbsent(e.getValue(), x -> valueIds.size());
                entries[k++] = register << 32 | value;
            }
            java.util.Arrays.sort(entries);
            registers[i] = entries;
            cannotLink.add(new Mentions());
        }
        declared = registers.clone();
    }

    /**
     * Whether two mentions declare different numbers of one register (the first of each they declare): their clusters
     * never join, and a cannot-link between them is not even filed ({@link #forbid}), so a pair like this needs no
     * decision. Reads the mentions' own numbers only: thread-safe, also while clusters join.
     */
    boolean declaredApart(int a, int b) {
        return conflict(declared[a], declared[b]);
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Keeps the clusters of a and b apart for good. Not filed when their registers already disagree: a cluster keeps the
     * value it holds for a register (a union that would change it is refused), so the two can never join anyway, and a
     * link filed would only be walked at every union (a quarter of a run's cannot-links are numbers that differ).
     */
    void forbid(int a, int b) {
        int ra = find(a), rb = find(b);
        // Already one cluster (names of one entry, joined first: PartyResolver.joinEntries): nothing to keep apart.
        if (ra == rb || conflict(registers[ra], registers[rb])) return;
        cannotLink.get(ra).add(b);
        cannotLink.get(rb).add(a);
    }

    /** Whether two clusters' registers ({@link #registers}) hold different values for one register. */
    private static boolean conflict(long[] a, long[] b) {
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            long ra = a[i] >>> 32, rb = b[j] >>> 32;
            if (ra == rb) {
                if (a[i] != b[j]) return true;
                i++;
                j++;
            } else if (ra < rb) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The registers of two clusters that do not conflict, together, ascending. */
    private static long[] together(long[] a, long[] b) {
        if (b.length == 0) return a;
        if (a.length == 0) return b;
        long[] out = new long[a.length + b.length];
        int i = 0, j = 0, k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[k++] = a[i++];
                j++;
            } else {
                out[k++] = a[i] < b[j] ? a[i++] : b[j++];
            }
        }
        while (i < a.length) out[k++] = a[i++];
        while (j < b.length) out[k++] = b[j++];
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    /** Joins the clusters of a and b unless a constraint forbids it; true when they are (now) one cluster. */
    boolean union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return true;
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        if (conflict(registers[ra], registers[rb])) return false;
        Mentions smallLinks = cannotLink.get(rb), bigLinks = cannotLink.get(ra);
        Mentions probe = smallLinks.size <= bigLinks.size ? smallLinks : bigLinks;
        int other = probe == smallLinks ? ra : rb;
        for (int k = 0; k < probe.size; k++) if (find(probe.members[k]) == other) return false;
        parent[rb] = ra;
        size[ra] += size[rb];
        registers[ra] = together(registers[ra], registers[rb]);
        bigLinks.addAll(smallLinks);
        registers[rb] = null;
        cannotLink.set(rb, null);
        return true;
    }

    /** A growing list of mention numbers. */
    private static final class Mentions {
        int[] members = new int[0];
        int size;

        void add(int m) {
            if (size == members.length) members = java.util.Arrays.copyOf(members, Math.max(4, size * 2));
            members[size++] = m;
        }

        void addAll(Mentions other) {
            if (size + other.size > members.length) members = java.util.Arrays.copyOf(members, Math.max(size + other.size, size * 2));
            System.arraycopy(other.members, 0, members, size, other.size);
            size += other.size;
        }
    }
}
