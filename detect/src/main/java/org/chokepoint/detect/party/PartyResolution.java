package org.chokepoint.detect.party;

import java.util.List;

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
}
