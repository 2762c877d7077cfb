package org.chokepoint.detect.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct ways parties are written in the records: each (name, country, identifier, address) seen
 * gets a number, with how often it occurs. What a name says ({@link NameFacts}) is worked out where the
 * record rules need it, off the numbering thread. Memory grows with the distinct spellings, not with the
 * records. Not thread-safe.
 */
public final class MentionTable {
    /**
     * One distinct mention. Identifier and address are null when the record left them empty.
     *
     * <p>{@code equals} and {@code hashCode} are written out, with the same hash as a record's generated one: they run
     * twice per record of the input, and the generated ones go through method handles that the compiler did not
     * always inline there.
     */
    public record Mention(String name, String country, String identifier, String address) {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Mention m && java.util.Objects.equals(name, m.name) && java.util.Objects.equals(country, m.country)
                    && java.util.Objects.equals(identifier, m.identifier) && java.util.Objects.equals(address, m.address);
        }

        @Override
        public int hashCode() {
            return ((hash(name) * 31 + hash(country)) * 31 + hash(identifier)) * 31 + hash(address);
        }

        private static int hash(String s) {
            return s == null ? 0 : s.hashCode();
        }
    }

    private final Map<Mention, Integer> index = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private long[] occurrences = new long[1024];
    /** The number of this mention, adding it when new, and counting one more occurrence. */
    public int intern(String name, String country, String identifier, String address) {
        return intern(new Mention(name, country, identifier, address));
    }

    /** {@link #intern(String, String, String, String)} of a mention already made. */
    public int intern(Mention m) {
        Integer id = index.get(m);
        if (id == null) {
            id = mentions.size();
            index.put(m, id);
            mentions.add(m);
            if (id == occurrences.length) occurrences = java.util.Arrays.copyOf(occurrences, id * 2);
        }
        occurrences[id]++;
        return id;
    }

    /** Counts {@code more} occurrences of a mention already numbered ({@code id} below {@link #size()}), at least 0. */
    public void count(int id, long more) {
        if (id < 0 || id >= mentions.size() || more < 0) throw new IllegalArgumentException("no mention " + id + " or a negative count " + more);
        occurrences[id] += more;
    }

    public int size() {
        return mentions.size();
    }

    public Mention mention(int id) {
        return mentions.get(id);
    }

    public long occurrences(int id) {
        return occurrences[id];
    }

    public List<Mention> mentions() {
        return List.copyOf(mentions);
    }
}
