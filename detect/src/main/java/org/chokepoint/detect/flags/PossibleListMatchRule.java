package org.chokepoint.detect.flags;

import org.chokepoint.screening.ScorerV1;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.ListedIndex;

import java.util.Map;

/**
 * {@code possible_list_match}: a name match that does not make the party the listed entity (weight 0.3): between
 * the screening threshold and the score at which the party is taken as listed, or at that score without the evidence
 * that makes it the entity (a conflicting identifier, a word of the party's own, a distinctive word that agrees only in
 * spelling or is missing, a one-word listed name covering part of the party's name; the match's explanation says
 * which). Reported for review, not as a listing.
 */
public final class PossibleListMatchRule implements PartyRule {
    public static final String ID = "possible_list_match";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Possible list match",
                "The party's name matches a listed entity at the screening threshold (0.80) but not strongly enough to take the party as that entity: below 0.88, or at 0.88 without the evidence that makes it the entity (a declared number of the same register that is not the entity's, a word of the party's own, a distinctive word that agrees only in spelling or is missing, a one-word listed name that covers only part of the party's name); a person should check it.",
                "A near match may be the listed firm under a variant name, or a different firm with a word in common; screening practice is to review it, not to clear or block it unseen.",
                "FinCEN-BIS joint alerts, red flag 1; the lists themselves", Map.of("scorer", ScorerV1.NAME));
    }

    @Override
    public PartyFlag check(PartyFacts p, ListedIndex lists) {
        if (p.listed() || p.hits().isEmpty()) return null;
        ListedHit best = p.hits().getFirst();
        return new PartyFlag(p.party(), ID, 0.3, p.records(), p.recordCount(),
                "Possible match, to be checked: " + best.name() + " (" + best.entityId() + ", " + best.list() + ") with score " + String.format(java.util.Locale.ROOT, "%.2f", best.score())
                        + ": " + best.explanation() + ".");
    }
}
