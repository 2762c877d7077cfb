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
    /** One distinct mention. Identifier and address are null when the record left them empty. */
    public record Mention(String name, String country, String identifier, String address) {}

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
