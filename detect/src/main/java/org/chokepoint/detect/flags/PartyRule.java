package org.chokepoint.detect.flags;

import org.chokepoint.detect.watchlist.ListedIndex;

/** A rule on one resolved party against the lists (its names, identifiers and addresses). Pure, thread-safe. */
public non-sealed interface PartyRule extends RedFlagRule {
    /** The flag on this party, or null. */
    PartyFlag check(PartyFacts party, ListedIndex lists);
}
