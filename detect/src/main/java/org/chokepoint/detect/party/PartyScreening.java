package org.chokepoint.detect.party;

import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.model.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Screens every resolved party against the lists. Matches at the screening threshold are kept as the
 * party's list matches; the party is taken as listed only at {@code listedAt} (0.88 by default), since a
 * trade name that holds a listed firm's word ("Ladoga-Les" and the listed "LADOGA") reaches 0.80 often
 * enough to drown the real hits: below it the match is reported as a possible one for a person to check.
 * Screens every resolved party against the lists: its most used spellings, each with the party's country
 * and declared identifiers; the hits are merged per listed entity (best score kept). In parallel over
 * parties; the result does not depend on the number of threads.
 */
public final class PartyScreening {
    private PartyScreening() {}

    public static List<Party> screen(List<Party> parties, ListedIndex lists, int names, int keep, double listedAt, int threads, IntConsumer progress) {
        ListedHit[][] results = new ListedHit[parties.size()][];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, parties.size()).parallel().forEach(i -> {
                results[i] = hits(parties.get(i), lists, names, keep).toArray(ListedHit[]::new);
                int d = done.incrementAndGet();
                if ((d & 255) == 0) progress.accept(d);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("screening failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        List<Party> out = new ArrayList<>(parties.size());
        for (int i = 0; i < parties.size(); i++) {
            List<ListedHit> h = List.of(results[i]);
            out.add(parties.get(i).withHits(h, !h.isEmpty() && h.getFirst().score() >= listedAt));
        }
        return out;
    }

    /**
     * A party is listed when one of its names matches a listed entity at the threshold, or matches it
     * fairly ({@value #NAME_SUPPORT}) while the party declares an identifier the entity holds. An identifier
     * alone does not make the party that entity: a front may declare a listed firm's number under its own
     * name, and {@code shared_identifier} says so instead.
     */
    static List<ListedHit> hits(Party p, ListedIndex lists, int names, int keep) {
        java.util.Set<String> byId = new java.util.HashSet<>();
        for (String id : p.identifiers()) for (org.chokepoint.model.Entity e : lists.byIdentifier(id)) byId.add(e.id());
        Map<String, ListedHit> best = new LinkedHashMap<>();
        double floor = byId.isEmpty() ? lists.threshold() : Math.min(NAME_SUPPORT, lists.threshold());
        for (String name : distinctSpellings(p.names(), names)) {
            for (ListedHit h : lists.screen(name, p.country(), null, Schema.UNKNOWN, keep, floor)) {
                best.merge(h.entityId(), h, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<ListedHit> out = new ArrayList<>();
        for (ListedHit h : best.values()) {
            if (byId.contains(h.entityId())) {
                out.add(new ListedHit(h.entityId(), h.list(), h.name(), h.matchedName(), Math.max(h.score(), IDENTIFIER_AGREES),
                        h.explanation() + "; declared identifier " + String.join(", ", p.identifiers()) + " is the entity's"));
            } else if (h.score() >= lists.threshold()) {
                out.add(h);
            }
        }
        return out.stream()
                .sorted(Comparator.comparingDouble(ListedHit::score).reversed().thenComparing(ListedHit::entityId))
                .limit(keep).toList();
    }

    /**
     * The most used spellings that differ after normalisation: "AL NOOR GEN. TRADING L.L.C." adds nothing to
     * "Al Noor General Trading LLC", a Cyrillic or re-worded spelling does.
     */
    static List<String> distinctSpellings(List<String> names, int limit) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (out.size() == limit) break;
            String key = String.join(" ", org.chokepoint.text.NameNormalizer.standard().normalize(n).tokens());
            if (seen.add(key)) out.add(n);
        }
        return out;
    }

    /** Name similarity that an agreeing identifier turns into a match. */
    static final double NAME_SUPPORT = 0.6;
    /** The score of a fair name match backed by an agreeing identifier, as the screening engine gives it. */
    static final double IDENTIFIER_AGREES = 0.99;
}
