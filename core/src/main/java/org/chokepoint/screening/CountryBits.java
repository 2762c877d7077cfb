package org.chokepoint.screening;

import java.util.List;

/**
 * The countries of each listed entity as a few bits, by entity ordinal, to rule out a query's country without reading
 * the entity's list of countries. Scoring asks of every candidate (some 40 per query) whether the query's country is
 * among its countries; the list and its strings lie elsewhere in memory, a chain of cache misses per candidate, and the
 * answer is nearly always no. A bit per country code (its hash folded onto {@value #WIDTH} bits): a country whose bit is
 * not set is not among the entity's countries; a bit set says nothing, and the list is read as before. Filled when a
 * candidate is first scored (the entities of an index read from disk are made only when asked for). Thread-safe: two
 * threads that fill one entity's bits write the same int.
 */
final class CountryBits {
    /** Bits per entity for the codes; the top bit says the entity's bits are filled. */
    private static final int WIDTH = 31;
    private static final int FILLED = 1 << WIDTH;

    private final int[] bits;

    CountryBits(int entities) {
        bits = new int[entities];
    }

    /**
     * False when {@code country} is surely not among the countries of entity {@code ordinal}, whose countries are
     * {@code countries} (read only the first time); true when it may be. False for a null country.
     */
    boolean mayInclude(int ordinal, List<String> countries, String country) {
        if (country == null) return false;
        int b = bits[ordinal];
        if (b == 0) bits[ordinal] = b = of(countries);
        return (b & bit(country)) != 0;
    }

    /** The bits of a list of country codes, marked filled. */
    static int of(List<String> countries) {
        int b = FILLED;
        for (String c : countries) b |= bit(c);
        return b;
    }

    private static int bit(String country) {
        return 1 << Math.floorMod(country.hashCode(), WIDTH);
    }
}
