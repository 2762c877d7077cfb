package org.chokepoint.evaluation.detection;

import java.util.List;
import java.util.Set;

/**
 * One party of a detector's {@code parties.jsonl} (formats.md §2), with what the evaluation uses.
 *
 * @param line      where it is in the file (1-based)
 * @param rank      the detector's rank, 1 = highest risk
 * @param country   ISO alpha-2, or "" when absent
 * @param names     the finding's name and its aliases, trimmed
 * @param listed    whether the detector says the party is listed
 * @param entityIds the entity ids of its list matches
 * @param recordIds the records it was resolved from; empty when the detector did not say
 */
public record Finding(long line, long rank, String name, String country, Set<String> names, boolean listed, Set<String> entityIds,
                      List<String> recordIds) {
    /** Same country and at least one spelling in common. */
    public boolean matches(TruthParty t) {
        if (!country.equals(t.country())) return false;
        for (String a : t.aliases()) if (names.contains(a)) return true;
        return false;
    }

    /**
     * This finding is that truth party: it {@link #matches} it and, when both say which records they come from, they
     * share one (a namesake with the same spelling and country in other records is another party).
     */
    public boolean is(TruthParty t) {
        if (!matches(t)) return false;
        if (recordIds.isEmpty() || t.recordIds().isEmpty()) return true;
        for (String r : recordIds) if (t.recordIds().contains(r)) return true;
        return false;
    }
}
