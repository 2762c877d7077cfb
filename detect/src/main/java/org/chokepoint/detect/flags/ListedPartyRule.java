package org.chokepoint.detect.flags;

import org.chokepoint.screening.ScorerV1;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.ListedIndex;

import java.util.Map;

/**
 * {@code listed_party}: the party's name (any of its spellings), with its country and declared identifier
 * as further evidence, matches a listed entity at or above the screening threshold. The weight is the
 * match score. Evidence: the party's records. A match to an entity blocked only by ownership is
 * {@code owned_by_listed}'s.
 */
public final class ListedPartyRule implements PartyRule {
    public static final String ID = "listed_party";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Listed party",
                "The party matches an entity on a loaded list (OFAC SDN, US Consolidated Screening List incl. the Entity List, UN, UK, OpenSanctions) by name, country and identifier, with the screening engine's score and explanation.",
                "Dealing with a listed party is prohibited or needs a licence; it is the first red flag of every guidance.",
                "FinCEN-BIS joint alerts, red flag 1; the lists themselves", Map.of("scorer", ScorerV1.NAME));
    }

    @Override
    public PartyFlag check(PartyFacts p, ListedIndex lists) {
        if (!p.listed() || p.hits().isEmpty()) return null;
        ListedHit best = p.hits().getFirst();
        if (lists.ownership().blocked(best.entityId())) return null; // not listed itself: owned_by_listed says so
        return new PartyFlag(p.party(), ID, Math.max(0.5, Math.min(1.0, best.score())), p.records(), p.recordCount(),
                "Matches " + best.name() + " (" + best.entityId() + ", " + best.list() + ") with score " + String.format(java.util.Locale.ROOT, "%.2f", best.score())
                        + ": " + best.explanation() + ".");
    }
}
