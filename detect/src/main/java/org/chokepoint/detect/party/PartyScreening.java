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
 * Screens every resolved party against the lists: its most used spellings, each with the party's country
 * and declared identifiers; the hits are merged per listed entity (best score kept). In parallel over
 * parties; the result does not depend on the number of threads.
 */
public final class PartyScreening {
    private PartyScreening() {}

    public static List<Party> screen(List<Party> parties, ListedIndex lists, int names, int keep, int threads, IntConsumer progress) {
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
        for (int i = 0; i < parties.size(); i++) out.add(parties.get(i).withHits(List.of(results[i])));
        return out;
    }

    static List<ListedHit> hits(Party p, ListedIndex lists, int names, int keep) {
        String ids = p.identifiers().isEmpty() ? null : String.join("; ", p.identifiers());
        Map<String, ListedHit> best = new LinkedHashMap<>();
        for (String name : p.names().subList(0, Math.min(names, p.names().size()))) {
            for (ListedHit h : lists.screen(name, p.country(), ids, Schema.UNKNOWN, keep)) {
                best.merge(h.entityId(), h, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(ListedHit::score).reversed().thenComparing(ListedHit::entityId))
                .limit(keep).toList();
    }
}
