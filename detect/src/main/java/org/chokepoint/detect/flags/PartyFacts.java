package org.chokepoint.detect.flags;

import org.chokepoint.detect.watchlist.ListedHit;

import java.util.List;

/**
 * A resolved party as {@link PartyRule}s see it.
 *
 * @param party       its index in the run
 * @param names       every spelling of it in the records, most used first
 * @param country     ISO alpha-2
 * @param identifiers identifiers as declared (free text), distinct
 * @param addresses   addresses as declared, distinct
 * @param records     first few record indexes where it appears (evidence)
 * @param recordCount records where it appears in all
 * @param hits        listed entities its names screen to, best first (empty when none)
 * @param listed      whether the best match is strong enough to take the party as that entity
 */
public record PartyFacts(int party, List<String> names, String country, List<String> identifiers, List<String> addresses,
                         List<Long> records, long recordCount, List<ListedHit> hits, boolean listed) {
    public PartyFacts {
        names = List.copyOf(names);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        records = List.copyOf(records);
        hits = List.copyOf(hits);
    }
}
