package org.chokepoint.detect.party;

import org.chokepoint.detect.watchlist.ListedHit;

import java.util.List;

/**
 * A resolved trade party: its number, id in the findings, spellings (most used first), country,
 * declared identifiers and addresses, and the listed entities it matches (best first, empty when none).
 */
public record Party(int number, String id, List<String> names, String country, List<String> identifiers, List<String> addresses,
                    List<ListedHit> hits) {
    public Party {
        names = List.copyOf(names);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        hits = List.copyOf(hits);
    }

    public String name() {
        return names.getFirst();
    }

    public boolean listed() {
        return !hits.isEmpty();
    }

    public Party withHits(List<ListedHit> h) {
        return new Party(number, id, names, country, identifiers, addresses, h);
    }
}
