package org.chokepoint.trade.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Parties to draw from, each in proportion to its weight, preferring one active on the day.
 * Built once, then read only.
 */
final class Pool {
    private final List<Party> parties = new ArrayList<>();
    private double[] cumulative = new double[0];

    void add(Party p) {
        parties.add(p);
        cumulative = null;
    }

    boolean isEmpty() {
        return parties.isEmpty();
    }

    List<Party> parties() {
        return parties;
    }

    /** A party active on the day, by weight; after a few misses any party active on the day; null when the pool is empty. */
    Party pick(RandomGenerator rng, LocalDate day) {
        if (parties.isEmpty()) return null;
        if (cumulative == null) {
            cumulative = new double[parties.size()];
            double sum = 0;
            for (int i = 0; i < parties.size(); i++) cumulative[i] = sum += parties.get(i).weight;
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            double x = rng.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            Party p = parties.get(i < 0 ? Math.min(-i - 1, parties.size() - 1) : i);
            if (p.activeOn(day)) return p;
        }
        int start = rng.nextInt(parties.size());
        for (int k = 0; k < parties.size(); k++) {
            Party p = parties.get((start + k) % parties.size());
            if (p.activeOn(day)) return p;
        }
        return parties.get(start);
    }
}
