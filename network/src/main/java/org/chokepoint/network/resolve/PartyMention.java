package org.chokepoint.network.resolve;

import java.util.Objects;

/**
 * One distinct way a party was written in the records: the caller collapses exact repeats and counts them.
 *
 * @param name        the declared name, any script; null counts as ""
 * @param country     ISO 3166-1 alpha-2 of the party; compared case-insensitively; null counts as ""
 * @param identifier  the declared identifier as free text ("7702070139", "INN 7702070139",
 *                    "OGRN 1027739609391", a Chinese USCC, a Turkish VKN), or null
 * @param address     the declared address, or null
 * @param occurrences how many records wrote the party this way, at least 1 (0 or less counts as 1);
 *                    decides the canonical spelling of the resolved party
 */
public record PartyMention(String name, String country, String identifier, String address, long occurrences) {
    public PartyMention {
        name = Objects.requireNonNullElse(name, "");
        country = Objects.requireNonNullElse(country, "").strip().toUpperCase(java.util.Locale.ROOT);
        identifier = blankToNull(identifier);
        address = blankToNull(address);
        occurrences = Math.max(1, occurrences);
    }

    /** A mention seen once. */
    public PartyMention(String name, String country, String identifier, String address) {
        this(name, country, identifier, address, 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
