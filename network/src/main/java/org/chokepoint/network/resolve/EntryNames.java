package org.chokepoint.network.resolve;

import org.chokepoint.text.NormalizedName;

/**
 * Names known to be names of one entry of a register, such as a sanctions list: a listed firm is declared under its
 * English name, a transliteration of its Russian one and its Cyrillic short name, which share no word and no number,
 * and only the register knows they are one firm. {@link PartyResolver} makes the mentions of one country whose names
 * name one entry one party (a must-link), unless their identifiers conflict.
 *
 * <p>Implementations answer exactly (a name equal to a registered name, never a name like it: namesakes would be
 * merged), answer null for a name that several entries carry or that is too common to tell one firm, and must be
 * thread-safe and deterministic.
 */
@FunctionalInterface
public interface EntryNames {
    /** No register: nothing is linked. */
    EntryNames NONE = (name, country) -> null;

    /**
     * The entry this name names in this country, or null.
     *
     * @param name    the declared name as {@link PartyResolver#normalizer()} read it; never null
     * @param country the mention's country as {@link PartyMention#country()} holds it ("" when unknown)
     * @return an id of the entry, the same for every name of it, or null when the name names no one entry there
     */
    String entryOf(NormalizedName name, String country);
}
