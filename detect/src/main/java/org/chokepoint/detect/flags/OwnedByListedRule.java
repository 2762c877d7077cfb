package org.chokepoint.detect.flags;

import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.watchlist.ListedIndex;
import org.chokepoint.detect.watchlist.OwnershipBlocks;
import org.chokepoint.network.ownership.EuOwnershipRule;
import org.chokepoint.network.ownership.OfacFiftyPercentRule;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code owned_by_listed}: the party matches, as {@code listed_party} would, an entity that no list names but
 * that listed owners hold 50% or more of in aggregate, directly or through other owned companies (OFAC's 50%
 * rule), or control (the EU rule). The party counts as listed; the weight is the match score, as for
 * {@code listed_party}, which does not fire for it. The detail gives the match and the ownership path.
 */
public final class OwnedByListedRule implements PartyRule {
    public static final String ID = "owned_by_listed";

    /** The run's ownership, for the counts in {@link #info()}; null when the rule only describes itself. */
    private final OwnershipBlocks ownership;

    /** The rule as documentation, without a run's counts. */
    public OwnedByListedRule() {
        this(null);
    }

    /** The rule for a run: {@link #info()} carries the relations read and the entities blocked under each rule. */
    public OwnedByListedRule(OwnershipBlocks ownership) {
        this.ownership = ownership;
    }

    @Override
    public RuleInfo info() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("rules", OfacFiftyPercentRule.NAME + ", " + EuOwnershipRule.NAME);
        parameters.put("threshold", "50% in aggregate of direct stakes of blocked owners");
        parameters.put("eu_control_words", String.join(", ", EuOwnershipRule.CONTROL_WORDS));
        parameters.put("scorer", "cp-v1");
        if (ownership != null) {
            parameters.put("relations", ownership.inputs().isEmpty() ? String.valueOf(ownership.relations().size())
                    : ownership.relations().size() + " (" + String.join("; ", ownership.inputs()) + ")");
            parameters.put("blocked_ofac", String.valueOf(ownership.ofacFindings().size()));
            parameters.put("blocked_eu", String.valueOf(ownership.euFindings().size()));
        }
        return new RuleInfo(ID, "Owned by a listed party",
                "The party matches an entity that no list names but that listed owners hold 50% or more of in aggregate, directly or through "
                        + "companies they own (OFAC's 50% rule), or that a listed owner controls (EU rule); the ownership relations come from the "
                        + "lists (OpenSanctions/FollowTheMoney Ownership) and from the user's --ownership file.",
                "Property of an entity owned 50% or more by blocked persons is blocked although the entity is not named; the EU freezes "
                        + "entities owned or controlled by a listed person. Evasion hides listed owners behind layers of subsidiaries.",
                "OFAC, Revised Guidance on Entities Owned by Persons Whose Property and Interests in Property Are Blocked (13 Aug 2014); "
                        + "EU Commission, Consolidated FAQ on Council Regulation 833/2014 and 269/2014, ownership and control",
                parameters);
    }

    @Override
    public PartyFlag check(PartyFacts p, ListedIndex lists) {
        if (!p.listed() || p.hits().isEmpty()) return null;
        ListedHit best = p.hits().getFirst();
        OwnershipBlocks ownership = lists.ownership();
        if (!ownership.blocked(best.entityId())) return null;
        return new PartyFlag(p.party(), ID, Math.max(0.5, Math.min(1.0, best.score())), p.records(), p.recordCount(),
                "Matches " + best.name() + " (" + best.entityId() + ") with score " + String.format(java.util.Locale.ROOT, "%.2f", best.score())
                        + ", an entity blocked by ownership. " + ownership.explain(best.entityId()));
    }
}
