package org.chokepoint.network.resolve;

import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.List;
import java.util.Map;

/**
 * The result of {@link PartyResolver#resolve}: which party each mention belongs to.
 *
 * @param partyOf         for every mention index of the input, the {@link ResolvedParty#id()} it was resolved to
 * @param parties         the resolved parties, {@code parties.get(id).id() == id}, numbered in the order of their
 *                        first mention in the input
 * @param normalizedNames every distinct name of the mentions as the resolver's normaliser read it
 *                        ({@link NameNormalizer#normalize}), empty when not kept: resolution normalises every name, and
 *                        a caller that reads the same names with the same normaliser (screening the parties) can take
 *                        them from here rather than normalising them again
 */
public record Resolution(int[] partyOf, List<ResolvedParty> parties, Map<String, NormalizedName> normalizedNames) {
    public Resolution {
        partyOf = partyOf.clone();
        parties = List.copyOf(parties);
        normalizedNames = Map.copyOf(normalizedNames);
    }

    /** Without the names read. */
    public Resolution(int[] partyOf, List<ResolvedParty> parties) {
        this(partyOf, parties, Map.of());
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
