package org.chokepoint.detect.party;

import org.chokepoint.detect.watchlist.ListedHit;

import java.util.List;

/**
 * A resolved trade party: its number, id in the findings, spellings (most used first), country,
 * declared identifiers and addresses, the listed entities it matches at the screening threshold (best first,
 * empty when none), whether it is taken as listed (see {@link PartyScreening}), and, when spellings whose words differ
 * were joined as names of one list entry, which ({@code entryJoin}, else null).
 */
public record Party(int number, String id, List<String> names, String country, List<String> identifiers, List<String> addresses,
                    List<ListedHit> hits, boolean listed, EntryJoin entryJoin) {
    public Party {
        names = List.copyOf(names);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        hits = List.copyOf(hits);
    }

    /** A party whose spellings no list entry joined. */
    public Party(int number, String id, List<String> names, String country, List<String> identifiers, List<String> addresses,
                 List<ListedHit> hits, boolean listed) {
        this(number, id, names, country, identifiers, addresses, hits, listed, null);
    }

    public String name() {
        return names.getFirst();
    }

    public Party withHits(List<ListedHit> h, boolean isListed) {
        return new Party(number, id, names, country, identifiers, addresses, h, isListed, entryJoin);
    }
}
