package org.chokepoint.detect.party;

import org.chokepoint.detect.watchlist.ListedHit;

import java.util.List;

/**
 * A resolved trade party: its number, id in the findings, spellings (most used first), country,
 * declared identifiers and addresses, the listed entities it matches at the screening threshold (best first,
 * empty when none), and whether it is taken as listed (see {@link PartyScreening}).
 */
public record Party(int number, String id, List<String> names, String country, List<String> identifiers, List<String> addresses,
                    List<ListedHit> hits, boolean listed) {
    public Party {
        names = List.copyOf(names);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        hits = List.copyOf(hits);
    }

    public String name() {
        return names.getFirst();
    }

    public Party withHits(List<ListedHit> h, boolean isListed) {
        return new Party(number, id, names, country, identifiers, addresses, h, isListed);
    }
}
