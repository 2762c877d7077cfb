package org.chokepoint.network.ownership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.chokepoint.model.Ownership;

/**
 * The fixpoint both rules share. Relations are grouped into one holding per (owner, asset) pair,
 * summing the percentages of distinct relation ids. Then, round by round, every unblocked asset
 * whose blocked owners hold 50% or more in aggregate (or, when {@code isControl} says so, control
 * it) is blocked; a round only reads the set of the round before, so the round in which an entity
 * falls (its depth) does not depend on iteration order. The blocked set only grows and is finite,
 * so cycles terminate. Evidence is taken from the final blocked set.
 */
final class OwnershipFixpoint {
    /** 50%, with room for floating-point sums such as 16.7 + 16.7 + 16.6. */
    static final double THRESHOLD = 50.0 - 1e-9;

    /** One owner's holding in one asset. */
    private record Holding(String ownerId, double percent, boolean control, List<String> relationIds) { }

    private final String rule;
    /** asset id → owner id → holding; sorted maps so sums and evidence are in a fixed order. */
    private final Map<String, TreeMap<String, Holding>> holdings = new TreeMap<>();

    OwnershipFixpoint(String rule, Collection<Ownership> relations, Predicate<String> isControl) {
        this.rule = rule;
        Map<String, Ownership> byId = new TreeMap<>();
        for (Ownership o : relations) {
            Ownership previous = byId.putIfAbsent(o.id(), o);
            if (previous != null && !previous.equals(o))
                throw new IllegalArgumentException("two different relations with id " + o.id());
        }
        for (Ownership o : byId.values()) {
            if (o.ownerId().equals(o.assetId())) continue; // own shares confer no outside ownership
            boolean control = isControl.test(o.role());
            double pct = o.percentage() == null ? 0 : o.percentage();
            if (pct == 0 && !control) continue; // no share stated, or none: no evidence either
            holdings.computeIfAbsent(o.assetId(), a -> new TreeMap<>())
                    .merge(o.ownerId(), new Holding(o.ownerId(), pct, control, List.of(o.id())),
                            (a, b) -> new Holding(a.ownerId(), a.percent() + b.percent(),
                                    a.control() || b.control(), concat(a.relationIds(), b.relationIds())));
        }
    }

    List<OwnershipFinding> run(Set<String> listed) {
        Map<String, Integer> depth = new HashMap<>();
        listed.forEach(id -> depth.put(id, 0));
        for (int round = 1; ; round++) {
            List<String> fallen = new ArrayList<>();
            for (var e : holdings.entrySet())
                if (!depth.containsKey(e.getKey()) && !bases(e.getValue().values(), depth).isEmpty())
                    fallen.add(e.getKey());
            if (fallen.isEmpty()) break;
            for (String id : fallen) depth.put(id, round);
        }
        // Paths in order of depth, so an owner's path is known before its assets'.
        Map<String, List<String>> paths = new HashMap<>();
        listed.forEach(id -> paths.put(id, List.of(id)));
        List<String> byDepth = depth.keySet().stream().filter(id -> depth.get(id) > 0)
                .sorted(Comparator.comparing((String id) -> depth.get(id)).thenComparing(id -> id)).toList();
        List<OwnershipFinding> findings = new ArrayList<>();
        for (String id : byDepth) {
            List<Holding> blockedOwners = holdings.get(id).values().stream()
                    .filter(h -> depth.containsKey(h.ownerId())).toList();
            Holding via = blockedOwners.stream().filter(h -> depth.get(h.ownerId()) < depth.get(id))
                    .min(Comparator.comparing((Holding h) -> depth.get(h.ownerId()))
                            .thenComparing(Holding::percent, Comparator.reverseOrder())
                            .thenComparing(Holding::ownerId))
                    .orElseThrow();
            List<String> path = new ArrayList<>(paths.get(via.ownerId()));
            path.add(id);
            paths.put(id, List.copyOf(path));
        }
        for (String id : byDepth.stream().sorted().toList()) {
            List<Holding> blockedOwners = holdings.get(id).values().stream()
                    .filter(h -> depth.containsKey(h.ownerId())).toList();
            List<Stake> stakes = blockedOwners.stream()
                    .map(h -> new Stake(h.ownerId(), h.percent(), h.control(), paths.get(h.ownerId()), h.relationIds()))
                    .toList();
            findings.add(new OwnershipFinding(id, rule, bases(blockedOwners, depth), sum(blockedOwners, depth),
                    stakes, paths.get(id)));
        }
        return List.copyOf(findings);
    }

    private static Set<Basis> bases(Collection<Holding> owners, Map<String, Integer> blocked) {
        Set<Basis> bases = EnumSet.noneOf(Basis.class);
        if (sum(owners, blocked) >= THRESHOLD) bases.add(Basis.OWNERSHIP);
        if (owners.stream().anyMatch(h -> h.control() && blocked.containsKey(h.ownerId()))) bases.add(Basis.CONTROL);
        return bases;
    }

    private static double sum(Collection<Holding> owners, Map<String, Integer> blocked) {
        double sum = 0;
        for (Holding h : owners) if (blocked.containsKey(h.ownerId())) sum += h.percent();
        return sum;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(null);
        return List.copyOf(all);
    }
}
