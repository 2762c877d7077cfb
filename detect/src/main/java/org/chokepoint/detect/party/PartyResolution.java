package org.chokepoint.detect.party;

import org.chokepoint.network.resolve.EntryNames;
import org.chokepoint.text.NormalizedName;

import java.util.List;
import java.util.Map;

/**
 * Groups the distinct mentions of a run into resolved parties. Implementations are deterministic: the
 * same mentions in the same order give the same partition.
 */
public interface PartyResolution {
    /**
     * @param mentions    distinct mentions, numbered by position
     * @param occurrences how often each occurs (the most used spelling names the party)
     * @return the party number of each mention, parties numbered 0..n-1 in order of first mention
     */
    int[] resolve(List<MentionTable.Mention> mentions, long[] occurrences);

    /**
     * {@link #resolve}, with the mentions' names as {@link org.chokepoint.text.NameNormalizer#standard()} reads them when
     * the resolution read them so anyway (empty otherwise): screening the parties reads the same names, and can take them
     * from here rather than normalising each again.
     */
    default Resolved resolveReading(List<MentionTable.Mention> mentions, long[] occurrences) {
        return new Resolved(resolve(mentions, occurrences), Map.of());
    }

    /**
     * {@link #resolveReading(List, long[])}, with the mentions of one country whose names are names of one list entry
     * ({@link EntryNames}, a listed firm's aliases) made one party where the resolution can: by default they are not.
     */
    default Resolved resolveReading(List<MentionTable.Mention> mentions, long[] occurrences, EntryNames entries) {
        return resolveReading(mentions, occurrences);
    }

    /**
     * @param partyOf         as {@link #resolve} returns it
     * @param normalizedNames distinct names of the mentions to their standard normalisation; any name may be missing
     * @param entryJoins      the parties whose spellings were joined as names of one list entry, by party number
     */
    record Resolved(int[] partyOf, Map<String, NormalizedName> normalizedNames, Map<Integer, EntryJoin> entryJoins) {
        public Resolved {
            entryJoins = Map.copyOf(entryJoins);
        }

        public Resolved(int[] partyOf, Map<String, NormalizedName> normalizedNames) {
            this(partyOf, normalizedNames, Map.of());
        }
    }
}
