package org.chokepoint.network.resolve;

import java.util.List;

/**
 * The result of {@link PartyResolver#resolve}: which party each mention belongs to.
 *
 * @param partyOf for every mention index of the input, the {@link ResolvedParty#id()} it was resolved to
 * @param parties the resolved parties, {@code parties.get(id).id() == id}, numbered in the order of their
 *                first mention in the input
 */
public record Resolution(int[] partyOf, List<ResolvedParty> parties) {
    public Resolution {
        partyOf = partyOf.clone();
        parties = List.copyOf(parties);
    }

    /** The party of one mention. */
    public ResolvedParty partyOfMention(int mention) {
        return parties.get(partyOf[mention]);
    }

    @Override
    public int[] partyOf() {
        return partyOf.clone();
    }
}
