package org.chokepoint.network.resolve;

import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The result of {@link PartyResolver#resolve}: which party each mention belongs to. Immutable and thread-safe.
 *
 * <p>{@link #partyOf()} is worked out with the resolution; the parties ({@link #parties()}: their canonical names,
 * identifiers, addresses and the evidence of each merge, which aligns the two names again) when first asked for, once:
 * a caller that needs only the partition (detect) does not pay for them.
 */
public final class Resolution {
    private final int[] partyOf;
    private final Map<String, NormalizedName> normalizedNames;
    private Supplier<List<ResolvedParty>> pending;
    private volatile List<ResolvedParty> parties;
    private final List<MergeEvidence> entryJoins;

    /**
     * @param partyOf         for every mention index of the input, the {@link ResolvedParty#id()} it was resolved to
     * @param parties         the resolved parties, {@code parties.get(id).id() == id}, numbered in the order of their
     *                        first mention in the input
     * @param normalizedNames every distinct name of the mentions as the resolver's normaliser read it
     *                        ({@link NameNormalizer#normalize}), empty when not kept: resolution normalises every name, and
     *                        a caller that reads the same names with the same normaliser (screening the parties) can take
     *                        them from here rather than normalising them again
     */
    public Resolution(int[] partyOf, List<ResolvedParty> parties, Map<String, NormalizedName> normalizedNames) {
        this.partyOf = partyOf.clone();
        this.parties = List.copyOf(parties);
        this.normalizedNames = Map.copyOf(normalizedNames);
        this.entryJoins = this.parties.stream().flatMap(p -> p.evidence().stream()).filter(e -> e.entry() != null).toList();
    }

    /** Without the names read. */
    public Resolution(int[] partyOf, List<ResolvedParty> parties) {
        this(partyOf, parties, Map.of());
    }

    /** The parties built by {@code parties} when first asked for; {@code partyOf} is kept as given, not copied. */
    Resolution(int[] partyOf, Supplier<List<ResolvedParty>> parties, Map<String, NormalizedName> normalizedNames, List<MergeEvidence> entryJoins) {
        this.partyOf = partyOf;
        this.pending = Objects.requireNonNull(parties, "parties");
        this.normalizedNames = Map.copyOf(normalizedNames);
        this.entryJoins = List.copyOf(entryJoins);
    }

    /**
     * The joins made because both names are names of one registered entry ({@link EntryNames}; basis
     * {@link MergeEvidence#ENTRY}), in the order made: known without building {@link #parties()}, for a caller that
     * explains its parties (detect: "spellings joined as names of the listed entry ...").
     */
    public List<MergeEvidence> entryJoins() {
        return entryJoins;
    }

    /** For every mention index of the input, the {@link ResolvedParty#id()} it was resolved to (a copy). */
    public int[] partyOf() {
        return partyOf.clone();
    }

    /** The resolved parties, {@code parties().get(id).id() == id}, numbered in the order of their first mention in the input. */
    public List<ResolvedParty> parties() {
        List<ResolvedParty> p = parties;
        if (p != null) return p;
        synchronized (this) {
            if (parties == null) {
                parties = List.copyOf(pending.get());
                pending = null;
            }
            return parties;
        }
    }

    /** Every distinct name of the mentions as the resolver's normaliser read it, empty when not kept. */
    public Map<String, NormalizedName> normalizedNames() {
        return normalizedNames;
    }

    /** The party of one mention. */
    public ResolvedParty partyOfMention(int mention) {
        return parties().get(partyOf[mention]);
    }
}
