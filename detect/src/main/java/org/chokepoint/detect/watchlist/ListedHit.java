package org.chokepoint.detect.watchlist;

/**
 * A listed entity that something in the records matched.
 *
 * @param entityId    {@code <source>:<native id>}
 * @param list        the list's name ("OFAC SDN", "Entity List"...)
 * @param name        the entity's primary name
 * @param matchedName the listed name or alias that matched, or the identifier/address that did
 * @param score       in [0, 1]
 * @param explanation why it matched, for a person
 */
public record ListedHit(String entityId, String list, String name, String matchedName, double score, String explanation) {}
